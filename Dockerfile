# The archive's image: the web app and the command line, for docker-compose.yml.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
COPY samples/ samples/
RUN dotnet publish src/CaseArchive.Web -c Release -o /app/web \
 && dotnet publish src/CaseArchive.Cli -c Release -o /app/cli

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app /app
COPY --from=build /src/samples /app/samples
COPY scripts/docker-entrypoint.sh /app/docker-entrypoint.sh
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 \
    ASPNETCORE_ENVIRONMENT=Production
EXPOSE 8080
USER app
ENTRYPOINT ["/bin/sh", "/app/docker-entrypoint.sh"]
