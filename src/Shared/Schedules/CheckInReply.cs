namespace CommunityNotices.Schedules;

/// <summary>What a resident's free-text health check-in reply said.</summary>
/// <param name="Temperature">Body temperature in °C (converted from °F when given so); <see langword="null"/> when none usable was found.</param>
/// <param name="Symptoms">
/// <see langword="true"/> when symptoms were reported, <see langword="false"/> when the reply said there
/// were none, <see langword="null"/> when it did not say.
/// </param>
/// <param name="SymptomWords">The reported symptoms, in canonical form (咳嗽, 发热, cough …); empty when none.</param>
/// <param name="Valid">Whether the reply carries a plausible temperature, which a check-in requires.</param>
/// <param name="Problem">Why the reply is not valid, phrased to be sent back to the resident; <see langword="null"/> when valid.</param>
public sealed record CheckInReply(
    decimal? Temperature,
    bool? Symptoms,
    string[] SymptomWords,
    bool Valid,
    string? Problem)
{
    /// <summary>Temperatures at or above this many °C count as fever.</summary>
    public const decimal FeverThresholdCelsius = 37.3m;

    /// <summary>Whether the temperature is at or above <see cref="FeverThresholdCelsius"/>.</summary>
    public bool IsFever => Temperature >= FeverThresholdCelsius;

    /// <summary>
    /// Whether someone should follow up: a fever, or any reported symptom. Also true for a reply that
    /// is invalid for lack of a temperature but does report symptoms.
    /// </summary>
    public bool NeedsAlert => IsFever || Symptoms == true;
}
