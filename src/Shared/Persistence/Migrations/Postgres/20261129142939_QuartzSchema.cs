using CommunityNotices.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityNotices.Shared.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class QuartzSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Quartz does not create its own tables; `migrate` prepares everything a clustered Notifier needs.
            migrationBuilder.Sql(QuartzTables.CreateScript());
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "DROP TABLE IF EXISTS qrtz_fired_triggers, qrtz_paused_trigger_grps, qrtz_scheduler_state, qrtz_locks, " +
                "qrtz_simprop_triggers, qrtz_simple_triggers, qrtz_cron_triggers, qrtz_blob_triggers, qrtz_triggers, " +
                "qrtz_job_details, qrtz_calendars;");
        }
    }
}
