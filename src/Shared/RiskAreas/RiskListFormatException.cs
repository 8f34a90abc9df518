namespace CommunityNotices.RiskAreas;

/// <summary>A published risk list could not be read; the message names the item or line at fault.</summary>
public sealed class RiskListFormatException : FormatException
{
    /// <summary>Creates the exception with a default message.</summary>
    public RiskListFormatException()
    {
    }

    /// <summary>Creates the exception with a message such as "middlelist[3]: missing province".</summary>
    public RiskListFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public RiskListFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
