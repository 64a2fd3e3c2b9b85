# The silo image. The wall display is built by npm in its own stage (Vite needs Node ≥ 20.19); the build stage
# restores (cached on the project files alone), takes the built page and publishes without running npm again.
FROM node:22-bookworm-slim AS wall
WORKDIR /src/dashboard/wall
COPY dashboard/wall/package.json dashboard/wall/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY dashboard/wall/ ./
RUN npm run build

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY grains/QualityMap.Grains.csproj grains/
COPY api/QualityMap.Api.csproj api/
COPY silo/QualityMap.Silo.csproj silo/
RUN dotnet restore silo/QualityMap.Silo.csproj
COPY grains/ grains/
COPY api/ api/
COPY silo/ silo/
COPY --from=wall /src/dashboard/wall/dist dashboard/wall/dist/
RUN dotnet publish silo/QualityMap.Silo.csproj -c Release --no-restore -p:SkipWallBuild=true -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl is for the container health check only; fontconfig and the Noto CJK fonts print names on labels and PDFs.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl libfontconfig1 fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
# 8080 serves the API and the wall; 9464 serves only /metrics (Metrics:Port) for Prometheus.
ENV ASPNETCORE_URLS="http://+:8080;http://+:9464" \
    Metrics__Port=9464 \
    Storage__DataDirectory=/data
VOLUME /data
EXPOSE 8080 9464
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 CMD curl -fsS http://localhost:8080/health || exit 1
ENTRYPOINT ["dotnet", "QualityMap.Silo.dll"]
