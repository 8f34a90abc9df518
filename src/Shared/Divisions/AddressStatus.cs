namespace CommunityNotices.Divisions;

/// <summary>How far <see cref="AddressNormalizer"/> got with a piece of text.</summary>
public enum AddressStatus
{
    /// <summary>No division name could be read at the start of the text.</summary>
    Unknown,

    /// <summary>Exactly one division fits; its names and code are set.</summary>
    Resolved,

    /// <summary>Several divisions fit equally well; see <see cref="NormalizedAddress.Candidates"/>.</summary>
    Ambiguous,
}
