using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaseArchive.Domain;

/// <summary>Lets `dotnet ef` build the context without starting the web app.</summary>
public class ArchiveDbContextFactory : IDesignTimeDbContextFactory<ArchiveDbContext>
{
    public const string LocalConnectionString = "Host=127.0.0.1;Port=55432;Database=casearchive;Username=casearchive;Password=casearchive";

    public ArchiveDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<ArchiveDbContext>();
        ArchiveDbContext.Configure(builder, Environment.GetEnvironmentVariable("ConnectionStrings__Archive") ?? LocalConnectionString);
        return new ArchiveDbContext(builder.Options);
    }
}
