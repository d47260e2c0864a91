using HotlineBot.Cli;
using HotlineBot.Operators;
using HotlineBot.Tests.State;
using Xunit;

namespace HotlineBot.Tests.Operators;

/// <summary>Staff accounts on a real redis-server: hashing, lockout, sessions ended by a reset, and the add-user verb.</summary>
public sealed class OperatorAccountStoreTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private const string Password = "một mật khẩu đủ dài 42";
    private readonly StepClock _clock = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    private OperatorAccountStore Store([System.Runtime.CompilerServices.CallerMemberName] string test = "") =>
        new(redis.Connection, _clock, new ConsoleOptions { MaxFailedLogins = 3, LockoutDuration = TimeSpan.FromMinutes(10) }, $"hb:test:{test}:");

    [Fact]
    public async Task The_password_is_stored_hashed_and_signs_in_only_when_right()
    {
        var store = Store();
        var (created, account) = await store.SaveAsync("lan", OperatorRoles.Operator, Password);

        var raw = await redis.Connection.GetDatabase().HashGetAllAsync("hb:test:The_password_is_stored_hashed_and_signs_in_only_when_right:users:lan");
        Assert.True(created);
        Assert.DoesNotContain(raw, e => ((string)e.Value!).Contains("mật khẩu", StringComparison.Ordinal));
        Assert.Equal(LoginOutcome.Success, (await store.SignInAsync("lan", Password)).Outcome);
        Assert.Equal(account.Id, (await store.SignInAsync("lan", Password)).Account!.Id);
        Assert.Equal(LoginOutcome.Invalid, (await store.SignInAsync("lan", Password + "x")).Outcome);
        Assert.Equal(LoginOutcome.Invalid, (await store.SignInAsync("nobody", Password)).Outcome);
    }

    [Fact]
    public async Task Too_many_wrong_passwords_lock_the_account_even_against_the_right_one_until_the_lockout_ends()
    {
        var store = Store();
        await store.SaveAsync("minh", OperatorRoles.Operator, Password);

        Assert.Equal(LoginOutcome.Invalid, (await store.SignInAsync("minh", "sai-1")).Outcome);
        Assert.Equal(LoginOutcome.Invalid, (await store.SignInAsync("minh", "sai-2")).Outcome);
        Assert.Equal(LoginOutcome.LockedOut, (await store.SignInAsync("minh", "sai-3")).Outcome);
        Assert.Equal(LoginOutcome.LockedOut, (await store.SignInAsync("minh", Password)).Outcome);

        _clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(LoginOutcome.Success, (await store.SignInAsync("minh", Password)).Outcome);
        Assert.Equal(0, (await store.GetAsync("minh"))!.FailedLogins);
    }

    [Fact]
    public async Task A_success_resets_the_count_of_failures()
    {
        var store = Store();
        await store.SaveAsync("hoa", OperatorRoles.Supervisor, Password);

        await store.SignInAsync("hoa", "sai-1");
        await store.SignInAsync("hoa", "sai-2");
        await store.SignInAsync("hoa", Password);
        await store.SignInAsync("hoa", "sai-3");

        Assert.Equal(LoginOutcome.Success, (await store.SignInAsync("hoa", Password)).Outcome);
    }

    [Fact]
    public async Task Saving_again_changes_password_and_role_keeps_the_id_and_changes_the_stamp()
    {
        var store = Store();
        var (_, first) = await store.SaveAsync("tuan", OperatorRoles.Operator, Password);

        var (created, second) = await store.SaveAsync("tuan", OperatorRoles.Admin, Password + "!");

        Assert.False(created);
        Assert.Equal(first.Id, second.Id);
        Assert.NotEqual(first.Stamp, second.Stamp);
        Assert.Equal(LoginOutcome.Invalid, (await store.SignInAsync("tuan", Password)).Outcome);
        Assert.Equal(OperatorRoles.Admin, (await store.SignInAsync("tuan", Password + "!")).Account!.Role);
        Assert.Contains(await store.ListAsync(), a => a.Name == "tuan");
    }

    [Fact]
    public async Task Short_passwords_bad_names_and_unknown_roles_are_refused()
    {
        var store = Store();
        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync("lan", OperatorRoles.Operator, "ngắn"));
        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync("Lan Nguyen", OperatorRoles.Operator, Password));
        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync("lan", "root", Password));
    }

    [Fact]
    public async Task Add_user_reads_the_password_from_stdin_and_never_prints_it()
    {
        var redisArg = redis.Connection.Configuration.Split(',')[0];
        var output = new StringWriter();
        var errors = new StringWriter();
        var io = new CliIo(new StringReader(Password + "\n"), output, errors, AppContext.BaseDirectory);

        var code = await new AddUserVerb().RunAsync(["--name", "verb-user", "--role", "operator", "--redis", redisArg], io);

        Assert.Equal(0, code);
        Assert.StartsWith("add-user: created verb-user (operator), id u-", output.ToString());
        Assert.DoesNotContain(Password, output + errors.ToString());
        var store = new OperatorAccountStore(redis.Connection, TimeProvider.System, new ConsoleOptions());
        Assert.Equal(LoginOutcome.Success, (await store.SignInAsync("verb-user", Password)).Outcome);
        Assert.IsType<AddUserVerb>(CliVerbs.Find("add-user"));
    }

    [Fact]
    public async Task Add_user_refuses_a_short_password_and_an_unknown_role()
    {
        var io = new CliIo(new StringReader("short\n"), new StringWriter(), new StringWriter(), AppContext.BaseDirectory);
        Assert.Equal(2, await new AddUserVerb().RunAsync(["--name", "x-user", "--role", "operator", "--redis", "127.0.0.1:1"], io));
        Assert.Contains("at least 12 characters", io.Error.ToString());

        io = new CliIo(new StringReader(Password + "\n"), new StringWriter(), new StringWriter(), AppContext.BaseDirectory);
        Assert.Equal(2, await new AddUserVerb().RunAsync(["--name", "x-user", "--role", "root"], io));
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_ends_its_sessions_and_can_be_enabled_again()
    {
        var store = Store();
        var (_, before) = await store.SaveAsync("ctv.an", OperatorRoles.Collaborator, Password, "lang-son");

        Assert.True(await store.SetDisabledAsync("ctv.an", true));

        var disabled = (await store.GetAsync("ctv.an"))!;
        Assert.True(disabled.Disabled);
        Assert.NotEqual(before.Stamp, disabled.Stamp);
        Assert.Equal(LoginOutcome.Disabled, (await store.SignInAsync("ctv.an", Password)).Outcome);
        Assert.Equal(LoginOutcome.Invalid, (await store.SignInAsync("ctv.an", "sai-1")).Outcome); // a wrong one still says only "wrong"
        Assert.Equal(1, (await store.GetAsync("ctv.an"))!.FailedLogins);
        Assert.False(await store.SetDisabledAsync("nobody", true));

        Assert.True(await store.SetDisabledAsync("ctv.an", false));
        Assert.Equal(LoginOutcome.Success, (await store.SignInAsync("ctv.an", Password)).Outcome);
    }

    [Fact]
    public async Task An_account_is_found_by_its_id_and_keeps_its_province_and_disable_across_a_password_reset()
    {
        var store = Store();
        var (_, account) = await store.SaveAsync("ctv.binh", OperatorRoles.Collaborator, Password, "lang-son");
        await store.SetDisabledAsync("ctv.binh", true);

        await store.SaveAsync("ctv.binh", OperatorRoles.Collaborator, Password + "!");

        var found = (await store.GetByIdAsync(account.Id))!;
        Assert.Equal("ctv.binh", found.Name);
        Assert.Equal("lang-son", found.Province);
        Assert.True(found.Disabled);
        Assert.Null(await store.GetByIdAsync("u-000000000000"));
    }

    [Fact]
    public async Task Disable_user_disables_and_enables_an_account_and_names_an_unknown_one()
    {
        var redisArg = redis.Connection.Configuration.Split(',')[0];
        var store = new OperatorAccountStore(redis.Connection, TimeProvider.System, new ConsoleOptions());
        await store.SaveAsync("verb-ctv", OperatorRoles.Collaborator, Password);
        var output = new StringWriter();
        var io = new CliIo(new StringReader(""), output, new StringWriter(), AppContext.BaseDirectory);

        Assert.Equal(0, await new DisableUserVerb().RunAsync(["--name", "verb-ctv", "--redis", redisArg], io));
        Assert.Equal(LoginOutcome.Disabled, (await store.SignInAsync("verb-ctv", Password)).Outcome);
        Assert.Equal(0, await new DisableUserVerb().RunAsync(["--name", "verb-ctv", "--enable", "--redis", redisArg], io));
        Assert.Equal(LoginOutcome.Success, (await store.SignInAsync("verb-ctv", Password)).Outcome);
        Assert.Equal(1, await new DisableUserVerb().RunAsync(["--name", "nobody-here", "--redis", redisArg], io));
        Assert.Contains("no account named nobody-here", io.Error.ToString());
        Assert.IsType<DisableUserVerb>(CliVerbs.Find("disable-user"));
    }

    [Fact]
    public async Task Add_user_gives_a_collaborator_a_province_and_refuses_an_unknown_one()
    {
        var redisArg = redis.Connection.Configuration.Split(',')[0];
        var io = new CliIo(new StringReader(Password + "\n"), new StringWriter(), new StringWriter(), AppContext.BaseDirectory);
        Assert.Equal(0, await new AddUserVerb().RunAsync(["--name", "verb-ctv-ls", "--role", "collaborator", "--province", "lang-son", "--redis", redisArg], io));
        var store = new OperatorAccountStore(redis.Connection, TimeProvider.System, new ConsoleOptions());
        Assert.Equal("lang-son", (await store.GetAsync("verb-ctv-ls"))!.Province);

        io = new CliIo(new StringReader(Password + "\n"), new StringWriter(), new StringWriter(), AppContext.BaseDirectory);
        Assert.Equal(2, await new AddUserVerb().RunAsync(["--name", "verb-ctv-hg", "--role", "collaborator", "--province", "ha-giang", "--redis", redisArg], io));
        Assert.Contains("provinces.csv", io.Error.ToString());
        Assert.Null(await store.GetAsync("verb-ctv-hg"));
    }

    private sealed class StepClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
