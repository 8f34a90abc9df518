using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityNotices.Shared.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SelfReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Travel",
                table: "returnee_reports");

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "returnee_reports",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TravelMode",
                table: "returnee_reports",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TravelNumber",
                table: "returnee_reports",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "processed_activities",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_processed_activities", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_processed_activities_At",
                table: "processed_activities",
                column: "At");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "processed_activities");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "returnee_reports");

            migrationBuilder.DropColumn(
                name: "TravelMode",
                table: "returnee_reports");

            migrationBuilder.DropColumn(
                name: "TravelNumber",
                table: "returnee_reports");

            migrationBuilder.AddColumn<string>(
                name: "Travel",
                table: "returnee_reports",
                type: "TEXT",
                nullable: true);
        }
    }
}
