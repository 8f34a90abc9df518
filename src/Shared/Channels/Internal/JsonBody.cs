using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CommunityNotices.Channels.Internal;

/// <summary>Writes request bodies by hand so the wire format is exactly what the tests pin down.</summary>
internal static class JsonBody
{
    // Relaxed escaping keeps Chinese text as raw UTF-8: the default encoder would turn every character into
    // \uXXXX and triple the size that counts against the vendors' byte limits. These bodies never reach HTML.
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static void WriteStringArray(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
