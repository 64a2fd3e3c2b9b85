using Microsoft.Extensions.DependencyInjection.Extensions;

namespace QualityMap.Silo.Demo;

public static class DemoServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="DemoOptions"/> and, when <c>Demo:Enabled</c> is true, adds the <see cref="DemoSimulator"/>
    /// (seeding, then live events). Call it after the other registrations: hosted services start in
    /// registration order, and the demo waits for the host to have started anyway.
    /// </summary>
    public static IServiceCollection AddDemo(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var section = configuration.GetSection(DemoOptions.SectionName);
        services.AddOptions<DemoOptions>().Bind(section)
            .Validate(o => !o.Validate().Any(), "Demo options are invalid; see the README configuration table.")
            .ValidateOnStart();
        if (!section.GetValue<bool>(nameof(DemoOptions.Enabled)))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DemoSeeder>();
        services.AddSingleton<DemoTrace>();
        services.AddHostedService<DemoAccounts>();
        services.AddHostedService<DemoSimulator>();
        return services;
    }
}
