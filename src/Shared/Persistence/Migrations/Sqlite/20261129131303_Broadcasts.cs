using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityNotices.Shared.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<string>(
                name: "RateKey",
                table: "groups",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "UpdatedAt",
                table: "groups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AlterColumn<long>(
                name: "NextAttemptAt",
                table: "deliveries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Acknowledgements",
                table: "deliveries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "LeaseToken",
                table: "deliveries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "MergedInto",
                table: "deliveries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CommunityIds",
                table: "broadcasts",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<long>(
                name: "CompletedAt",
                table: "broadcasts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "broadcasts",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "QueuedAt",
                table: "broadcasts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "rate_limit_states",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    RecentSends = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    BlockedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    LeaseToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: true)
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
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "NextAttemptAt",
                table: "deliveries",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

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
