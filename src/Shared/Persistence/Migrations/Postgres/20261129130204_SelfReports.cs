using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityNotices.Shared.Persistence.Migrations.Postgres
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

            migrationBuilder.AlterColumn<string>(
                name: "Phone",
                table: "returnee_reports",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "returnee_reports",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "returnee_reports",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TravelMode",
                table: "returnee_reports",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TravelNumber",
                table: "returnee_reports",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "processed_activities",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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

            migrationBuilder.AlterColumn<string>(
                name: "Phone",
                table: "returnee_reports",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20);

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "returnee_reports",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AddColumn<string>(
                name: "Travel",
                table: "returnee_reports",
                type: "text",
                nullable: true);
        }
    }
}
