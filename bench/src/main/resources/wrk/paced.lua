-- Appended to ads.lua: each thread sends at the rate given as the second argument (requests per
-- second), on a schedule of its own; a request that could not leave on time (every connection
-- busy) counts as late, so a report with no late requests measured latency from when each
-- request was due.
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } wrk_timespec;
int clock_gettime(int clock, wrk_timespec *time);
]]
local clock = ffi.new("wrk_timespec")
local interval
local due
late = 0

local function nowMillis()
  ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

local initAds = init
function init(args)
  initAds(args)
  interval = 1000 / tonumber(args[2])
end

function delay()
  local now = nowMillis()
  due = (due or now) + interval
  if due < now - 1 then
    late = late + 1
  end
  return math.max(0, due - now)
end

function done()
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("late")
  end
  io.write("Late requests: " .. total .. "\n")
end
