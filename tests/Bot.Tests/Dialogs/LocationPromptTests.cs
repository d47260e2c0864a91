using HotlineBot.Activities;
using HotlineBot.Tests.Dialogs.Samples;
using HotlineBot.Tests.Testing;
using Xunit;

namespace HotlineBot.Tests.Dialogs;

public sealed class LocationPromptTests
{
    private static TestFlow AtWhereQuestion() =>
        new TestFlow(new SampleBot(SampleDialogs.Where))
            .Send("chào")
            .AssertReply("Bạn đang ở đâu? Bạn có thể gửi vị trí hoặc gõ tên nơi bạn ở.");

    [Fact]
    public Task APlaceWithGeoGivesItsCoordinates() =>
        AtWhereQuestion()
            .Send(new Activity
            {
                Entities = [new Entity { Type = EntityTypes.Place, Name = "Chợ Đông Ba", Geo = Entity.GeoCoordinates(16.4727, 107.5872) }],
            })
            .AssertReply("Mình đã nhận vị trí 16.4727, 107.5872.")
            .StartTestAsync();

    [Fact]
    public Task EntitiesWithoutUsableCoordinatesAreNotALocation() =>
        AtWhereQuestion()
            .Send(new Activity { Entities = [new Entity { Type = EntityTypes.GeoCoordinates, Latitude = 123, Longitude = 200 }] })
            .AssertReply("Bạn đang ở đâu? Bạn có thể gửi vị trí hoặc gõ tên nơi bạn ở.")
            .Send("Phường Vĩnh Ninh, Huế")
            .AssertReply("Mình đã ghi nhận nơi: Phường Vĩnh Ninh, Huế.")
            .StartTestAsync();
}
