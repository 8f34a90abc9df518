namespace CommunityNotices.Hosting;

/// <summary>A configuration value that stops the process at start; the message names the key.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException() { }
    public ConfigurationException(string message) : base(message) { }
    public ConfigurationException(string message, Exception inner) : base(message, inner) { }
}
