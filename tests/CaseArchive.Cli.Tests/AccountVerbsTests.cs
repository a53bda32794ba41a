using CaseArchive.Domain.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Cli.Tests;

[Collection(DatabaseCollection.Name)]
public sealed class AccountVerbsTests(TestDatabase database) : IAsyncLifetime, IDisposable
{
    private const string Password = "a long enough passphrase";
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__Archive", TestDatabase.ConnectionString);
        await database.ResetAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _stdout.Dispose();
        _stderr.Dispose();
    }

    [Fact]
    public async Task Should_create_the_first_admin_with_a_hashed_password_and_the_role()
    {
        var status = await CommandLine.RunAsync(["create-user", "--email", "admin@example.org", "--password", Password, "--role", "admin"], _stdout, _stderr);

        Assert.Equal(0, status);
        Assert.Contains("created admin@example.org (admin)", _stdout.ToString(), StringComparison.Ordinal);
        await using var db = database.CreateContext();
        var user = await db.Users.SingleAsync();
        Assert.Equal("admin@example.org", user.Email);
        Assert.NotEqual(Password, user.PasswordHash);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<EditorUser>().VerifyHashedPassword(user, user.PasswordHash!, Password));
        var role = await db.Roles.SingleAsync();
        Assert.Equal("admin", role.Name);
        Assert.True(await db.UserRoles.AnyAsync(r => r.UserId == user.Id && r.RoleId == role.Id));
    }

    [Theory]
    [InlineData(new[] { "create-user", "--email", "a@example.org", "--password", "a long enough passphrase" }, "missing --role")]
    [InlineData(new[] { "create-user", "--email", "a@example.org", "--password", "a long enough passphrase", "--role", "owner" }, "the role must be editor or admin")]
    [InlineData(new[] { "create-user", "--email", "not-an-address", "--password", "a long enough passphrase", "--role", "editor" }, "is not an e-mail address")]
    [InlineData(new[] { "create-user", "--email", "a@example.org", "--password", "short", "--role", "editor" }, "the password is not accepted")]
    [InlineData(new[] { "create-user", "--email", "a@example.org", "--password", "password1234", "--role", "editor" }, "This password is in lists of breached or common passwords")]
    [InlineData(new[] { "create-user", "--email", "a@example.org", "--pasword", "a long enough passphrase", "--role", "editor" }, "unknown argument '--pasword'")]
    [InlineData(new[] { "create-user", "--email" }, "--email needs a value")]
    [InlineData(new[] { "reset-password", "--email", "nobody@example.org", "--password", "a long enough passphrase" }, "there is no account for nobody@example.org")]
    public async Task Should_refuse_bad_arguments_with_status_2_and_change_nothing(string[] args, string message)
    {
        var status = await CommandLine.RunAsync(args, _stdout, _stderr);

        Assert.Equal(2, status);
        Assert.Contains(message, _stderr.ToString(), StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Should_refuse_a_second_account_for_the_same_address()
    {
        await CommandLine.RunAsync(["create-user", "--email", "a@example.org", "--password", Password, "--role", "editor"], _stdout, _stderr);

        var status = await CommandLine.RunAsync(["create-user", "--email", "a@example.org", "--password", Password, "--role", "admin"], _stdout, _stderr);

        Assert.Equal(2, status);
        Assert.Contains("exists already", _stderr.ToString(), StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Should_reset_a_password_and_unlock_the_account()
    {
        await CommandLine.RunAsync(["create-user", "--email", "a@example.org", "--password", Password, "--role", "editor"], _stdout, _stderr);
        await using (var db = database.CreateContext())
        {
            var locked = await db.Users.SingleAsync();
            locked.LockoutEnd = DateTimeOffset.UtcNow.AddHours(1);
            locked.AccessFailedCount = 5;
            await db.SaveChangesAsync();
        }

        var status = await CommandLine.RunAsync(["reset-password", "--email", "a@example.org", "--password", "another long passphrase"], _stdout, _stderr);

        Assert.Equal(0, status);
        await using var check = database.CreateContext();
        var user = await check.Users.SingleAsync();
        Assert.Null(user.LockoutEnd);
        Assert.Equal(0, user.AccessFailedCount);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<EditorUser>().VerifyHashedPassword(user, user.PasswordHash!, "another long passphrase"));
    }

    [Fact]
    public async Task Should_refuse_a_breached_password_on_reset_and_keep_the_old_one()
    {
        await CommandLine.RunAsync(["create-user", "--email", "a@example.org", "--password", Password, "--role", "editor"], _stdout, _stderr);

        var status = await CommandLine.RunAsync(["reset-password", "--email", "a@example.org", "--password", "Password1234!"], _stdout, _stderr);

        Assert.Equal(2, status);
        Assert.Contains("This password is in lists of breached or common passwords", _stderr.ToString(), StringComparison.Ordinal);
        await using var db = database.CreateContext();
        var user = await db.Users.SingleAsync();
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<EditorUser>().VerifyHashedPassword(user, user.PasswordHash!, Password));
    }
}
