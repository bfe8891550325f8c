-- GET /ads for a client drawn at random from the file named by the first argument (one id per line).
local ids = {}
local threads = {}

function setup(thread)
  thread:set("index", #threads)
  threads[#threads + 1] = thread
end

function init(args)
  for line in io.lines(args[1]) do
    ids[#ids + 1] = line
  end
  math.randomseed(11 + index)
end

function request()
  return wrk.format("GET", "/ads?client_id=" .. ids[math.random(#ids)])
end
