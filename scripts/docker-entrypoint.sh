#!/bin/sh
# In the container: migrate, import the sample articles once, then serve.
set -e
dotnet /app/cli/casearchive.dll migrate
dotnet /app/cli/casearchive.dll seed-samples /app/samples/articles
cd /app/web
exec dotnet CaseArchive.Web.dll
