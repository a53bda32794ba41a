#!/bin/sh
# In the container: migrate, load the sample cases once, then serve.
set -e
dotnet /app/cli/casearchive.dll migrate
dotnet /app/cli/casearchive.dll seed-samples
cd /app/web
exec dotnet CaseArchive.Web.dll
