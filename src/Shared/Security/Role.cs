namespace CommunityNotices.Security;

/// <summary>What a caller may do: admins everything, secretaries and viewers only in their communities.</summary>
public enum Role
{
    Viewer,
    Secretary,
    Admin,
}
