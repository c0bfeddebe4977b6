using Microsoft.Data.Sqlite;
using WebSight.Core.Llm;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Llm;

public sealed class LlmResponseCacheTests
{
    private static readonly ChatRequest Request = new(
        LlmStage.Pages,
        "page-model",
        [new PromptMessage("user", "Write a page about a bakery.")],
        0,
        42,
        4096
    );

    [Fact]
    public void A_stored_response_is_found_again_after_reopening_the_wal_file()
    {
        using var directory = new TempDirectory();
        var path = directory.Combine("state", "llm-cache.sqlite");
        var key = CacheKey.For(LlmProvider.OpenAI, Request);
        using (var cache = new LlmResponseCache(path))
        {
            Assert.Null(cache.Find(key));
            cache.Store(key, Request, new ChatResponse("<body>x</body>", "stop", 12, 34));
            Assert.Equal("wal", cache.JournalMode);
        }
        using (var reopened = new LlmResponseCache(path))
            Assert.Equal(new ChatResponse("<body>x</body>", "stop", 12, 34), reopened.Find(key));
        using var independent = new SqliteConnection($"Data Source={path}");
        independent.Open();
        using var command = independent.CreateCommand();
        command.CommandText = "SELECT stage, model FROM responses";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal("pages", reader.GetString(0));
        Assert.Equal("page-model", reader.GetString(1));
    }

    [Fact]
    public void The_key_changes_with_endpoint_kind_model_messages_and_each_parameter_only()
    {
        var key = CacheKey.For(LlmProvider.OpenAI, Request);
        Assert.Equal(
            key,
            CacheKey.For(
                LlmProvider.OpenAI,
                Request with
                {
                    Messages = [new PromptMessage("user", "Write a page about a bakery.")],
                }
            )
        );
        Assert.Equal(64, key.Length);
        string[] others =
        [
            CacheKey.For(LlmProvider.Azure, Request),
            CacheKey.For(LlmProvider.OpenAI, Request with { Model = "other" }),
            CacheKey.For(
                LlmProvider.OpenAI,
                Request with
                {
                    Messages = [new PromptMessage("system", "Write a page about a bakery.")],
                }
            ),
            CacheKey.For(
                LlmProvider.OpenAI,
                Request with
                {
                    Messages = [new PromptMessage("user", "Write a page about a florist.")],
                }
            ),
            CacheKey.For(LlmProvider.OpenAI, Request with { Temperature = 0.7 }),
            CacheKey.For(LlmProvider.OpenAI, Request with { Seed = 43 }),
            CacheKey.For(LlmProvider.OpenAI, Request with { Seed = null }),
            CacheKey.For(LlmProvider.OpenAI, Request with { MaxOutputTokens = 2048 }),
        ];
        Assert.DoesNotContain(key, others);
        Assert.Equal(others.Length, others.Distinct().Count());
        // The stage is bookkeeping, not part of the question.
        Assert.Equal(key, CacheKey.For(LlmProvider.OpenAI, Request with { Stage = LlmStage.Ideas }));
    }
}
