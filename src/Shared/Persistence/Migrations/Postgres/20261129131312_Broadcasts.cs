using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityNotices.Shared.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Broadcasts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_groups_communities_CommunityId",
                table: "groups");

            migrationBuilder.DropIndex(
                name: "IX_deliveries_Status_NextAttemptAt",
                table: "deliveries");

            migrationBuilder.AlterColumn<Guid>(
                name: "CommunityId",
                table: "groups",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<string>(
                name: "RateKey",
                table: "groups",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "UpdatedAt",
                table: "groups",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AlterColumn<DateTimeOffset>(
                name: "NextAttemptAt",
                table: "deliveries",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)),
                oldClrType: typeof(DateTimeOffset),
                oldType: "timestamp with time zone",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "LastError",
                table: "deliveries",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ChannelMessageId",
                table: "deliveries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Acknowledgements",
                table: "deliveries",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "LeaseToken",
                table: "deliveries",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "MergedInto",
                table: "deliveries",
                type: "bigint",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Title",
                table: "broadcasts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AddColumn<List<Guid>>(
                name: "CommunityIds",
                table: "broadcasts",
                type: "uuid[]",
                nullable: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CompletedAt",
                table: "broadcasts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "broadcasts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "QueuedAt",
                table: "broadcasts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "rate_limit_states",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    RecentSends = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    BlockedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LeaseToken = table.Column<Guid>(type: "uuid", nullable: true),
                    LeaseUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rate_limit_states", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_groups_RateKey",
                table: "groups",
                column: "RateKey");

            migrationBuilder.CreateIndex(
                name: "IX_deliveries_LeaseToken",
                table: "deliveries",
                column: "LeaseToken");

            migrationBuilder.CreateIndex(
                name: "IX_deliveries_Status_NextAttemptAt_Id",
                table: "deliveries",
                columns: new[] { "Status", "NextAttemptAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_broadcasts_CreatedAt",
                table: "broadcasts",
                column: "CreatedAt");

            migrationBuilder.AddForeignKey(
                name: "FK_groups_communities_CommunityId",
                table: "groups",
                column: "CommunityId",
                principalTable: "communities",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_groups_communities_CommunityId",
                table: "groups");

            migrationBuilder.DropTable(
                name: "rate_limit_states");

            migrationBuilder.DropIndex(
                name: "IX_groups_RateKey",
                table: "groups");

            migrationBuilder.DropIndex(
                name: "IX_deliveries_LeaseToken",
                table: "deliveries");

            migrationBuilder.DropIndex(
                name: "IX_deliveries_Status_NextAttemptAt_Id",
                table: "deliveries");

            migrationBuilder.DropIndex(
                name: "IX_broadcasts_CreatedAt",
                table: "broadcasts");

            migrationBuilder.DropColumn(
                name: "RateKey",
                table: "groups");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "groups");

            migrationBuilder.DropColumn(
                name: "Acknowledgements",
                table: "deliveries");

            migrationBuilder.DropColumn(
                name: "LeaseToken",
                table: "deliveries");

            migrationBuilder.DropColumn(
                name: "MergedInto",
                table: "deliveries");

            migrationBuilder.DropColumn(
                name: "CommunityIds",
                table: "broadcasts");

            migrationBuilder.DropColumn(
                name: "CompletedAt",
                table: "broadcasts");

            migrationBuilder.DropColumn(
                name: "CreatedBy",
                table: "broadcasts");

            migrationBuilder.DropColumn(
                name: "QueuedAt",
                table: "broadcasts");

            migrationBuilder.AlterColumn<Guid>(
                name: "CommunityId",
                table: "groups",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);

            migrationBuilder.AlterColumn<DateTimeOffset>(
                name: "NextAttemptAt",
                table: "deliveries",
                type: "timestamp with time zone",
                nullable: true,
                oldClrType: typeof(DateTimeOffset),
                oldType: "timestamp with time zone");

            migrationBuilder.AlterColumn<string>(
                name: "LastError",
                table: "deliveries",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ChannelMessageId",
                table: "deliveries",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Title",
                table: "broadcasts",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.CreateIndex(
                name: "IX_deliveries_Status_NextAttemptAt",
                table: "deliveries",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.AddForeignKey(
                name: "FK_groups_communities_CommunityId",
                table: "groups",
                column: "CommunityId",
                principalTable: "communities",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
