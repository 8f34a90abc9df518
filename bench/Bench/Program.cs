using CommunityNotices.Bench;

// Benchmarks run on demand, never in CI: `dotnet run -c Release --project bench/Bench -- <name>`.
// Each reports a ratio against a baseline measured in the same run, because these machines are noisy.
return args.FirstOrDefault() switch
{
    "risk-areas" => await RiskAreasBench.RunAsync(),
    "deliveries" => await DeliveriesBench.RunAsync(),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Bench -- risk-areas|deliveries");
    return 2;
}
