using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CommunityNotices.Shared.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RiskAreaVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "DivisionCode",
                table: "risk_areas",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "City",
                table: "risk_areas",
                type: "text",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HighCount",
                table: "risk_area_lists",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "LowCount",
                table: "risk_area_lists",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MediumCount",
                table: "risk_area_lists",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AlterColumn<string>(
                name: "Status",
                table: "returnee_reports",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "Match",
                table: "returnee_reports",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "Level",
                table: "returnee_reports",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.CreateTable(
                name: "report_reevaluations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    CommunityId = table.Column<Guid>(type: "uuid", nullable: false),
                    ListId = table.Column<Guid>(type: "uuid", nullable: false),
                    OldMatch = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OldLevel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    NewMatch = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NewLevel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NotifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_reevaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_report_reevaluations_returnee_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "returnee_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_report_reevaluations_risk_area_lists_ListId",
                        column: x => x.ListId,
                        principalTable: "risk_area_lists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_returnee_reports_Status_Until",
                table: "returnee_reports",
                columns: new[] { "Status", "Until" });

            migrationBuilder.CreateIndex(
                name: "IX_report_reevaluations_CommunityId_At",
                table: "report_reevaluations",
                columns: new[] { "CommunityId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_report_reevaluations_ListId",
                table: "report_reevaluations",
                column: "ListId");

            migrationBuilder.CreateIndex(
                name: "IX_report_reevaluations_NotifiedAt",
                table: "report_reevaluations",
                column: "NotifiedAt");

            migrationBuilder.CreateIndex(
                name: "IX_report_reevaluations_ReportId",
                table: "report_reevaluations",
                column: "ReportId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_reevaluations");

            migrationBuilder.DropIndex(
                name: "IX_returnee_reports_Status_Until",
                table: "returnee_reports");

            migrationBuilder.DropColumn(
                name: "HighCount",
                table: "risk_area_lists");

            migrationBuilder.DropColumn(
                name: "LowCount",
                table: "risk_area_lists");

            migrationBuilder.DropColumn(
                name: "MediumCount",
                table: "risk_area_lists");

            migrationBuilder.AlterColumn<string>(
                name: "DivisionCode",
                table: "risk_areas",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(12)",
                oldMaxLength: 12,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "City",
                table: "risk_areas",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "Status",
                table: "returnee_reports",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20);

            migrationBuilder.AlterColumn<string>(
                name: "Match",
                table: "returnee_reports",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20);

            migrationBuilder.AlterColumn<string>(
                name: "Level",
                table: "returnee_reports",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(10)",
                oldMaxLength: 10,
                oldNullable: true);
        }
    }
}
