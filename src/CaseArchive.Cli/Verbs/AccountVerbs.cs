using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseArchive.Cli;

/// <summary>Editors' accounts from the command line: the first admin, and a forgotten password.</summary>
internal static class AccountVerbs
{
    public const string CreateUserUsage = "usage: scripts/casearchive create-user --email E --password P --role editor|admin";
    public const string ResetPasswordUsage = "usage: scripts/casearchive reset-password --email E --password P";

    public static async Task<int> CreateUserAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (!TryReadOptions(args, ["--email", "--password", "--role"], CreateUserUsage, stderr, out var options))
        {
            return 2;
        }
        var (email, password, role) = (options["--email"], options["--password"], options["--role"]);
        if (!EditorRoles.All.Contains(role))
        {
            await stderr.WriteLineAsync($"create-user: the role must be {string.Join(" or ", EditorRoles.All)}, not '{role}'.\n{CreateUserUsage}");
            return 2;
        }
        return await WithAccountsAsync(stderr, async (users, roles) =>
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                await stderr.WriteLineAsync($"create-user: an account for {email} exists already. To change its password: scripts/casearchive reset-password --email {email} --password P");
                return 2;
            }
            var user = new EditorUser(email);
            if (await PasswordProblemsAsync(users, user, password) is { } problems)
            {
                await stderr.WriteLineAsync($"create-user: {problems}");
                return 2;
            }
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                await stderr.WriteLineAsync($"create-user: {Describe(created)}");
                return 2;
            }
            await users.AddToRoleAsync(user, role);
            await stdout.WriteLineAsync($"create-user: created {email} ({role}). Sign in at /account/sign-in.");
            return 0;
        });
    }

    public static async Task<int> ResetPasswordAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (!TryReadOptions(args, ["--email", "--password"], ResetPasswordUsage, stderr, out var options))
        {
            return 2;
        }
        var (email, password) = (options["--email"], options["--password"]);
        return await WithAccountsAsync(stderr, async (users, _) =>
        {
            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                await stderr.WriteLineAsync($"reset-password: there is no account for {email}. To make one: scripts/casearchive create-user --email {email} --password P --role editor");
                return 2;
            }
            if (await PasswordProblemsAsync(users, user, password) is { } problems)
            {
                await stderr.WriteLineAsync($"reset-password: {problems}");
                return 2;
            }
            user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            // A new security stamp signs the account out everywhere.
            var updated = await users.UpdateSecurityStampAsync(user);
            if (!updated.Succeeded)
            {
                await stderr.WriteLineAsync($"reset-password: {Describe(updated)}");
                return 1;
            }
            await stdout.WriteLineAsync($"reset-password: the password of {email} is changed and the account unlocked.");
            return 0;
        });
    }

    /// <summary>Reads "--name value" pairs: each required option once, nothing else.</summary>
    private static bool TryReadOptions(string[] args, string[] required, string usage, TextWriter stderr, out Dictionary<string, string> options)
    {
        var read = new Dictionary<string, string>(StringComparer.Ordinal);
        options = read;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (!required.Contains(name))
            {
                stderr.WriteLine($"unknown argument '{name}'.\n{usage}");
                return false;
            }
            if (i + 1 >= args.Length || string.IsNullOrWhiteSpace(args[i + 1]) || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                stderr.WriteLine($"{name} needs a value.\n{usage}");
                return false;
            }
            if (!read.TryAdd(name, args[++i].Trim()))
            {
                stderr.WriteLine($"{name} is given twice.\n{usage}");
                return false;
            }
        }
        var missing = required.Where(r => !read.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            stderr.WriteLine($"missing {string.Join(", ", missing)}.\n{usage}");
            return false;
        }
        if (!options["--email"].Contains('@', StringComparison.Ordinal))
        {
            stderr.WriteLine($"'{options["--email"]}' is not an e-mail address.\n{usage}");
            return false;
        }
        return true;
    }

    private static async Task<string?> PasswordProblemsAsync(UserManager<EditorUser> users, EditorUser user, string password)
    {
        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            if (!result.Succeeded)
            {
                problems.Add(Describe(result));
            }
        }
        return problems.Count == 0 ? null : $"the password is not accepted: {string.Join(" ", problems)}";
    }

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));

    private static async Task<int> WithAccountsAsync(TextWriter stderr, Func<UserManager<EditorUser>, RoleManager<IdentityRole>, Task<int>> work)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<ArchiveDbContext>(options => ArchiveDbContext.Configure(options, DatabaseVerbs.ConnectionString));
        services.AddScoped<IAuditActor>(_ => new NamedActor("command line"));
        services.AddIdentityCore<EditorUser>(AccountPolicy.Apply)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ArchiveDbContext>()
            .AddPasswordValidator<CommonPasswordValidator>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        try
        {
            return await work(scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>(), scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException { InnerException: NpgsqlException })
        {
            await stderr.WriteLineAsync($"casearchive: the database could not be reached or refused the change: {e.GetBaseException().Message}");
            await stderr.WriteLineAsync("Is it running and migrated? 'scripts/db start', then 'scripts/casearchive migrate'.");
            return 1;
        }
    }
}
