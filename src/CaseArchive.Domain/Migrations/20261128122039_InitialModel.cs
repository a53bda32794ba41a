using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CaseArchive.Domain.Migrations
{
    /// <inheritdoc />
    public partial class InitialModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,");

            migrationBuilder.CreateTable(
                name: "courts",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    folded_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    town = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    country = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_courts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "persons",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    display_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    folded_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    visibility = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    pseudonym = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ethnicity = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    citizenship = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    gender = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    birth_year = table.Column<int>(type: "integer", nullable: true),
                    place_of_origin = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    origin_country = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_persons", x => x.id);
                    table.CheckConstraint("ck_persons_pseudonym", "visibility <> 'pseudonymised' OR pseudonym IS NOT NULL");
                });

            migrationBuilder.CreateTable(
                name: "sources",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    outlet = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    text = table.Column<string>(type: "text", nullable: false),
                    content_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sources", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    court_id = table.Column<int>(type: "integer", nullable: true),
                    charges = table.Column<List<string>>(type: "text[]", nullable: false),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    opened_on_day = table.Column<int>(type: "integer", nullable: true),
                    opened_on_inferred = table.Column<bool>(type: "boolean", nullable: true),
                    opened_on_month = table.Column<int>(type: "integer", nullable: true),
                    opened_on_year = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cases", x => x.id);
                    table.ForeignKey(
                        name: "fk_cases_courts_court_id",
                        column: x => x.court_id,
                        principalTable: "courts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "detention_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    person_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    facility = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    period = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_detention_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_detention_claims_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_names",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    person_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    folded_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_names", x => x.id);
                    table.ForeignKey(
                        name: "fk_person_names_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_parties",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_id = table.Column<int>(type: "integer", nullable: false),
                    person_id = table.Column<int>(type: "integer", nullable: false),
                    role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_parties", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_parties_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_case_parties_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "rulings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_id = table.Column<int>(type: "integer", nullable: false),
                    court_id = table.Column<int>(type: "integer", nullable: false),
                    person_id = table.Column<int>(type: "integer", nullable: false),
                    outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    verdict = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    judge_id = table.Column<int>(type: "integer", nullable: true),
                    prosecutor_id = table.Column<int>(type: "integer", nullable: true),
                    prosecutor_sought = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    sentence_kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    sentence_months = table.Column<int>(type: "integer", nullable: true),
                    fine_amount = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    charges = table.Column<List<string>>(type: "text[]", nullable: false),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    date_day = table.Column<int>(type: "integer", nullable: true),
                    date_inferred = table.Column<bool>(type: "boolean", nullable: true),
                    date_month = table.Column<int>(type: "integer", nullable: true),
                    date_year = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rulings", x => x.id);
                    table.CheckConstraint("ck_rulings_sentence_kind", "sentence_kind IS NOT NULL OR (sentence_months IS NULL AND fine_amount IS NULL)");
                    table.CheckConstraint("ck_rulings_sentence_months", "sentence_months IS NULL OR sentence_months BETWEEN 1 AND 600");
                    table.ForeignKey(
                        name: "fk_rulings_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_rulings_courts_court_id",
                        column: x => x.court_id,
                        principalTable: "courts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_rulings_persons_judge_id",
                        column: x => x.judge_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_rulings_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_rulings_persons_prosecutor_id",
                        column: x => x.prosecutor_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "events",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    person_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    case_id = table.Column<int>(type: "integer", nullable: true),
                    ruling_id = table.Column<int>(type: "integer", nullable: true),
                    date_day = table.Column<int>(type: "integer", nullable: true),
                    date_inferred = table.Column<bool>(type: "boolean", nullable: true),
                    date_month = table.Column<int>(type: "integer", nullable: true),
                    date_year = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_events_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_events_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_events_rulings_ruling_id",
                        column: x => x.ruling_id,
                        principalTable: "rulings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "citations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    source_id = table.Column<int>(type: "integer", nullable: false),
                    quote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    person_id = table.Column<int>(type: "integer", nullable: true),
                    case_id = table.Column<int>(type: "integer", nullable: true),
                    ruling_id = table.Column<int>(type: "integer", nullable: true),
                    detention_claim_id = table.Column<int>(type: "integer", nullable: true),
                    timeline_event_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_citations", x => x.id);
                    table.CheckConstraint("ck_citations_one_subject", "num_nonnulls(person_id, case_id, ruling_id, detention_claim_id, timeline_event_id) = 1");
                    table.ForeignKey(
                        name: "fk_citations_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_citations_detention_claims_detention_claim_id",
                        column: x => x.detention_claim_id,
                        principalTable: "detention_claims",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_citations_events_timeline_event_id",
                        column: x => x.timeline_event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_citations_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_citations_rulings_ruling_id",
                        column: x => x.ruling_id,
                        principalTable: "rulings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_citations_sources_source_id",
                        column: x => x.source_id,
                        principalTable: "sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_parties_case_id_person_id_role",
                table: "case_parties",
                columns: new[] { "case_id", "person_id", "role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_case_parties_person_id",
                table: "case_parties",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_cases_court_id",
                table: "cases",
                column: "court_id");

            migrationBuilder.CreateIndex(
                name: "ix_citations_case_id",
                table: "citations",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_citations_detention_claim_id",
                table: "citations",
                column: "detention_claim_id");

            migrationBuilder.CreateIndex(
                name: "ix_citations_person_id",
                table: "citations",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_citations_ruling_id",
                table: "citations",
                column: "ruling_id");

            migrationBuilder.CreateIndex(
                name: "ix_citations_source_id",
                table: "citations",
                column: "source_id");

            migrationBuilder.CreateIndex(
                name: "ix_citations_timeline_event_id",
                table: "citations",
                column: "timeline_event_id");

            migrationBuilder.CreateIndex(
                name: "ix_courts_country",
                table: "courts",
                column: "country");

            migrationBuilder.CreateIndex(
                name: "ix_courts_folded_name",
                table: "courts",
                column: "folded_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_courts_slug",
                table: "courts",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_detention_claims_person_id",
                table: "detention_claims",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_case_id",
                table: "events",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_person_id",
                table: "events",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_ruling_id",
                table: "events",
                column: "ruling_id");

            migrationBuilder.CreateIndex(
                name: "ix_person_names_folded_name",
                table: "person_names",
                column: "folded_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_person_names_person_id_name",
                table: "person_names",
                columns: new[] { "person_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_persons_folded_name",
                table: "persons",
                column: "folded_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_persons_slug",
                table: "persons",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_persons_visibility",
                table: "persons",
                column: "visibility");

            migrationBuilder.CreateIndex(
                name: "ix_rulings_case_id",
                table: "rulings",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_rulings_court_id",
                table: "rulings",
                column: "court_id");

            migrationBuilder.CreateIndex(
                name: "ix_rulings_judge_id",
                table: "rulings",
                column: "judge_id");

            migrationBuilder.CreateIndex(
                name: "ix_rulings_outcome",
                table: "rulings",
                column: "outcome");

            migrationBuilder.CreateIndex(
                name: "ix_rulings_person_id",
                table: "rulings",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_rulings_prosecutor_id",
                table: "rulings",
                column: "prosecutor_id");

            migrationBuilder.CreateIndex(
                name: "ix_sources_content_hash",
                table: "sources",
                column: "content_hash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_parties");

            migrationBuilder.DropTable(
                name: "citations");

            migrationBuilder.DropTable(
                name: "person_names");

            migrationBuilder.DropTable(
                name: "detention_claims");

            migrationBuilder.DropTable(
                name: "events");

            migrationBuilder.DropTable(
                name: "sources");

            migrationBuilder.DropTable(
                name: "rulings");

            migrationBuilder.DropTable(
                name: "cases");

            migrationBuilder.DropTable(
                name: "persons");

            migrationBuilder.DropTable(
                name: "courts");
        }
    }
}
