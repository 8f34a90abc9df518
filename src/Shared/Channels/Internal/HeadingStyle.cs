namespace CommunityNotices.Channels.Internal;

internal enum HeadingStyle
{
    /// <summary>"## Heading": the vendor renders Markdown headings.</summary>
    Hashes,

    /// <summary>"**Heading**": the vendor has bold but no headings.</summary>
    Bold,

    /// <summary>The heading's text alone.</summary>
    Plain,
}
