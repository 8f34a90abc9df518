using Newtonsoft.Json.Serialization;

namespace CommunityNotices.Bot.Messaging;

/// <summary>Only our own types, the SDK's and the BCL's may be named in stored state.</summary>
internal sealed class StateTypeBinder : ISerializationBinder
{
    private static readonly string[] TrustedAssemblyPrefixes =
        ["CommunityNotices.", "Microsoft.Bot.", "System.Private.CoreLib", "System.Collections", "mscorlib", "Newtonsoft.Json"];

    private readonly DefaultSerializationBinder _inner = new();

    public Type BindToType(string? assemblyName, string typeName)
    {
        if (assemblyName is not null && !TrustedAssemblyPrefixes.Any(p => assemblyName.StartsWith(p, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"Stored bot state names an untrusted type '{typeName}, {assemblyName}'.");
        }

        return _inner.BindToType(assemblyName, typeName);
    }

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName) =>
        _inner.BindToName(serializedType, out assemblyName, out typeName);
}
