namespace PixazoTts.Tests.Scripts;

/// <summary>Position mapping must stay a single forward walk, or parsing turns quadratic on big files.</summary>
public class TtsScriptParserLinearityTests
{
    [Theory]
    [InlineData("{\"voice\":\"Kore\",\"x\":[1,{\"y\":2}],\"lines\":{\"a\":\"t\",\"b\":{\"text\":\"u\",\"voice\":\"Puck\",\"z\":{\"q\":[1]}},\"c\":[],\"d\":{}}}")]
    [InlineData("\uFEFF{\"lines\":{\"a\":{\"text\":\"x\",\"text\":\"y\"},\"b\":5,\"c\":\"\",\"-\":\"x\",\"e\":{\"text\":\"[x\"}},\"lines\":{}}")]
    [InlineData("{\"lines\":{\"a\":{\"text\":\"x\"},\"b\":{\"text\":\"y\"} ]}")]
    [InlineData("{\"lines\":{}}")]
    public void Positions_are_mapped_in_one_forward_walk(string json)
    {
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes(json);
        TtsScriptReader.Read("f.tts.json", bytes, bytes.Length, validateUtf8: true, out int restarts);
        Assert.Equal(0, restarts);
    }

    [Fact]
    public void Fifty_thousand_object_lines_in_one_file_map_without_rescanning()
    {
        var builder = new System.Text.StringBuilder("{\"lines\":{");
        for (int i = 0; i < 50_000; i++)
        {
            builder.Append("\"l").Append(i).Append("\":{\"text\":\"Line ").Append(i).Append("\",\"voice\":\"Kore\"},\n");
        }

        byte[] bytes = System.Text.Encoding.UTF8.GetBytes(builder.Append("}}").ToString());
        var result = TtsScriptReader.Read("f.tts.json", bytes, bytes.Length, validateUtf8: true, out int restarts);

        Assert.Equal(0, restarts);
        Assert.Equal(50_000, result.Script!.Lines.Count);
    }
}
