namespace Netra.Backend.Chat;

/// <summary>A chat message as delivered to the recipient's clients.</summary>
public sealed record ChatMessage(string From, string To, string Text, DateTimeOffset SentAt);
