# AdEngine image: the thin jar with its lib/ folder on a JRE 17, run as a non-root user.
#   docker build -t adengine .          (compose.yaml does this for you)

# ---- build: Maven on JDK 17 --------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src

# The poms alone first: the dependency download below stays cached until a pom changes,
# so editing code rebuilds only the last layers.
COPY pom.xml ./
COPY db-migrations/pom.xml db-migrations/
COPY jooq-codegen/pom.xml jooq-codegen/
COPY core/pom.xml core/
COPY persistence/pom.xml persistence/
COPY api/pom.xml api/
COPY fake-telegram/pom.xml fake-telegram/
COPY bot/pom.xml bot/
COPY app/pom.xml app/
COPY bench/pom.xml bench/
# excludeReactor: our own modules are built below, not downloaded. A prefetch that misses
# something only costs cache: the package step downloads the rest.
RUN mvn -B -q dependency:go-offline -DexcludeReactor=true \
 || echo "dependency prefetch incomplete; package will download the rest"

COPY . .
RUN mvn -B -q package -DskipTests

# ---- runtime: JRE 17 only ------------------------------------------------------------------
FROM eclipse-temurin:17-jre

# the bot draws its statistics charts with Java2D: a font with Cyrillic glyphs must be there
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 10001 adengine \
 && useradd --system --uid 10001 --gid adengine --home-dir /opt/adengine --shell /usr/sbin/nologin adengine \
 && mkdir -p /var/lib/adengine \
 && chown adengine:adengine /var/lib/adengine

WORKDIR /opt/adengine
# lib/ first: it changes less often than our own jar
COPY --from=build /src/app/target/lib/ lib/
COPY --from=build /src/app/target/adengine.jar adengine.jar

# DATA_DIR is only used by the zero-config embedded servers (no DATABASE_URL etc.)
ENV PORT=8080 \
    METRICS_PORT=9091 \
    DATA_DIR=/var/lib/adengine \
    JAVA_OPTS="-Xmx512m -XX:+ExitOnOutOfMemoryError"

USER adengine
EXPOSE 8080 9091

# bash's /dev/tcp: the JRE image has no curl or wget to rely on
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080} && printf 'GET /health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]

# exec: java replaces the shell as PID 1, so docker stop's SIGTERM reaches it for a clean shutdown
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /opt/adengine/adengine.jar"]
