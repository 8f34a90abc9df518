namespace CommunityNotices.Testing.Fakes;

/// <summary>A failure a fake injects instead of answering normally.</summary>
public enum FakeFault
{
    /// <summary>The connection is aborted after the request arrives: the client sees a reset, not a response.</summary>
    ConnectionReset,

    /// <summary>A 502 with an HTML body, as a gateway in front of the vendor would answer.</summary>
    BadGateway,
}
