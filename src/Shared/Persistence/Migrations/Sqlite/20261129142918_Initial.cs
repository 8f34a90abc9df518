using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityNotices.Shared.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "api_keys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    KeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CommunityIds = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_api_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "bot_state",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false),
                    ETag = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bot_state", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "broadcasts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Targets = table.Column<string>(type: "TEXT", nullable: false),
                    CommunityIds = table.Column<string>(type: "TEXT", nullable: false),
                    SendAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RequestAck = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    QueuedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_broadcasts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "communities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    District = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Hotline = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CheckInTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_communities", x => x.Id);
                });

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

            migrationBuilder.CreateTable(
                name: "risk_area_lists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    HighCount = table.Column<int>(type: "INTEGER", nullable: false),
                    MediumCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LowCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_area_lists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "groups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Address = table.Column<string>(type: "TEXT", nullable: false),
                    RateKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Tags = table.Column<string>(type: "TEXT", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    InactiveReason = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_groups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_groups_communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "communities",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "returnee_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Building = table.Column<string>(type: "TEXT", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", nullable: true),
                    Room = table.Column<string>(type: "TEXT", nullable: true),
                    OriginProvince = table.Column<string>(type: "TEXT", nullable: true),
                    OriginCity = table.Column<string>(type: "TEXT", nullable: true),
                    OriginDistrict = table.Column<string>(type: "TEXT", nullable: true),
                    OriginArea = table.Column<string>(type: "TEXT", nullable: true),
                    OriginCode = table.Column<string>(type: "TEXT", nullable: true),
                    DepartureDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ArrivalDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TravelMode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    TravelNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Symptoms = table.Column<bool>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Match = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Instructions = table.Column<string>(type: "TEXT", nullable: true),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ConsentVersion = table.Column<string>(type: "TEXT", nullable: true),
                    ConsentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConversationReference = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_returnee_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_returnee_reports_communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "schedules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Cron = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Recurrence = table.Column<string>(type: "TEXT", nullable: true),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Calendar = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Targets = table.Column<string>(type: "TEXT", nullable: false),
                    StartAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    EvaluatedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_schedules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_schedules_communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "risk_areas",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ListId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Province = table.Column<string>(type: "TEXT", nullable: false),
                    City = table.Column<string>(type: "TEXT", nullable: false),
                    District = table.Column<string>(type: "TEXT", nullable: true),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Area = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_areas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_risk_areas_risk_area_lists_ListId",
                        column: x => x.ListId,
                        principalTable: "risk_area_lists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "deliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BroadcastId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LeaseToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    InFlightSince = table.Column<long>(type: "INTEGER", nullable: true),
                    ChannelMessageId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MergedInto = table.Column<long>(type: "INTEGER", nullable: true),
                    Acknowledgements = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_deliveries_broadcasts_BroadcastId",
                        column: x => x.BroadcastId,
                        principalTable: "broadcasts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_deliveries_groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "check_ins",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    AskedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RemindedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RepliedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Temperature = table.Column<decimal>(type: "TEXT", precision: 4, scale: 1, nullable: true),
                    Symptoms = table.Column<bool>(type: "INTEGER", nullable: true),
                    SymptomWords = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Alert = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReportedMissingAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_check_ins", x => x.Id);
                    table.ForeignKey(
                        name: "FK_check_ins_returnee_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "returnee_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "report_reevaluations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ListId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OldMatch = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OldLevel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    NewMatch = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NewLevel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    NotifiedAt = table.Column<long>(type: "INTEGER", nullable: true)
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

            migrationBuilder.CreateTable(
                name: "schedule_runs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScheduleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FireTime = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BroadcastId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_schedule_runs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_schedule_runs_schedules_ScheduleId",
                        column: x => x.ScheduleId,
                        principalTable: "schedules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_api_keys_KeyHash",
                table: "api_keys",
                column: "KeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_At",
                table: "audit_entries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_broadcasts_CreatedAt",
                table: "broadcasts",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_check_ins_ConversationId_Day",
                table: "check_ins",
                columns: new[] { "ConversationId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_check_ins_ReportId_Day",
                table: "check_ins",
                columns: new[] { "ReportId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_communities_Code",
                table: "communities",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_deliveries_BroadcastId_GroupId",
                table: "deliveries",
                columns: new[] { "BroadcastId", "GroupId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_deliveries_GroupId",
                table: "deliveries",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_deliveries_LeaseToken",
                table: "deliveries",
                column: "LeaseToken");

            migrationBuilder.CreateIndex(
                name: "IX_deliveries_Status_NextAttemptAt_Id",
                table: "deliveries",
                columns: new[] { "Status", "NextAttemptAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_groups_CommunityId",
                table: "groups",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_groups_RateKey",
                table: "groups",
                column: "RateKey");

            migrationBuilder.CreateIndex(
                name: "IX_processed_activities_At",
                table: "processed_activities",
                column: "At");

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

            migrationBuilder.CreateIndex(
                name: "IX_returnee_reports_CommunityId_CreatedAt",
                table: "returnee_reports",
                columns: new[] { "CommunityId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_returnee_reports_CommunityId_Phone_ArrivalDate",
                table: "returnee_reports",
                columns: new[] { "CommunityId", "Phone", "ArrivalDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_returnee_reports_Status_Until",
                table: "returnee_reports",
                columns: new[] { "Status", "Until" });

            migrationBuilder.CreateIndex(
                name: "IX_risk_area_lists_ContentHash",
                table: "risk_area_lists",
                column: "ContentHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_risk_area_lists_PublishedAt",
                table: "risk_area_lists",
                column: "PublishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_risk_areas_ListId",
                table: "risk_areas",
                column: "ListId");

            migrationBuilder.CreateIndex(
                name: "IX_schedule_runs_ScheduleId_FireTime",
                table: "schedule_runs",
                columns: new[] { "ScheduleId", "FireTime" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_schedules_CommunityId",
                table: "schedules",
                column: "CommunityId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_keys");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "bot_state");

            migrationBuilder.DropTable(
                name: "check_ins");

            migrationBuilder.DropTable(
                name: "deliveries");

            migrationBuilder.DropTable(
                name: "processed_activities");

            migrationBuilder.DropTable(
                name: "rate_limit_states");

            migrationBuilder.DropTable(
                name: "report_reevaluations");

            migrationBuilder.DropTable(
                name: "risk_areas");

            migrationBuilder.DropTable(
                name: "schedule_runs");

            migrationBuilder.DropTable(
                name: "broadcasts");

            migrationBuilder.DropTable(
                name: "groups");

            migrationBuilder.DropTable(
                name: "returnee_reports");

            migrationBuilder.DropTable(
                name: "risk_area_lists");

            migrationBuilder.DropTable(
                name: "schedules");

            migrationBuilder.DropTable(
                name: "communities");
        }
    }
}
