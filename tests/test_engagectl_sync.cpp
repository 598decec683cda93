// engagectl communities, pull, diff and push as scripts see them (docs/engagectl.md-6): run through
// QProcess against the emulator on 127.0.0.1, judged by exit code, output and the files left.

#include "config/config_file.h"
#include "support/emulator_process.h"
#include "support/openssl_fixtures.h"
#include "support/process_run.h"
#include "support/raw_controls.h"
#include "support/scripted_server.h"
#include "support/test_files.h"
#include "support/unknown_members_text.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <utility>
#include <sys/stat.h>

namespace {

const QByteArray token = "sync-token-8f27c3a9";
const QString website = QStringLiteral("5f0c0a1b2c3d4e5f60718293");
const QString mobileApp = QStringLiteral("5f0c0a1b2c3d4e5f60718294");
const QByteArray websiteSecret = "9aeaf06388b8ab6487d1605b";

QStringList emulatorArguments(const QStringList& more = {})
{
    return QStringList{QStringLiteral("--token"), QString::fromLatin1(token),
                       QStringLiteral("--read-only-token"), QStringLiteral("reader-token")} +
           more;
}

QStringList server(const EmulatorProcess& emulator)
{
    return {QStringLiteral("--server"), emulator.url()};
}

QStringList community(const QString& id)
{
    return {QStringLiteral("--community"), id};
}

// The first line of diff and push: the community and the server named.
QByteArray heading(const EmulatorProcess& emulator, const QString& id)
{
    return QStringLiteral("The community %1 on %2:\n").arg(id, emulator.url()).toUtf8();
}

const QByteArray noDifferences = "No differences: a push would change nothing.\n";

QString replaced(QByteArray text, const QByteArray& before, const QByteArray& after)
{
    return QString::fromUtf8(text.replace(before, after));
}

// Runs engagectl while this process's event loop keeps running, for a server inside the test.
Run engagectlBeside(const QStringList& arguments)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(ENGAGECTL_PATH), arguments);
    if (!finished.wait(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestEngagectlSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyServerCommandHasHelp_data();
    void everyServerCommandHasHelp();
    void communitiesListsEveryPage();
    void communitiesJsonHasEveryRecord();
    void pullWritesACompleteOwnerOnlyFileAndItsSyncRecord();
    void pullIntoAnExistingFileKeepsItsUnknownMembers();
    void pullRefusesAFileItCannotReadWhole_data();
    void pullRefusesAFileItCannotReadWhole();
    void unreadableFileIsNamedTheSameWayByEverySyncCommand_data();
    void unreadableFileIsNamedTheSameWayByEverySyncCommand();
    void catalogueRefusesAnEmptyFile();
    void pullRefusesTheFileOfAnotherCommunity();
    void pullKeepsTheFilesRegexesOverTheServers();
    void pullSaysWhichCustomFieldsOfTheFileItDropped();
    void pullWritesIntoAnEmptyFile();
    void diffGoesFieldByFieldWithSecretsAsFingerprints();
    void pushDryRunChangesNothing();
    void pushAppliesTheFileAndRecordsTheNewEtag();
    void pullWritesNeitherFileWhenTheSyncRecordCannotBeWritten_data();
    void pullWritesNeitherFileWhenTheSyncRecordCannotBeWritten();
    void pushOfACopyWithoutSyncRecordIsRefusedUnlessForced();
    void pushWithTheRecordOfAnotherCommunityExitsThreeNamingBoth();
    void pushOfAnotherCommunitysFileWithACopiedRecordExitsThreeNamingBoth();
    void disjointRemoteChangesAreMergedShownAndWrittenIntoTheFile();
    void sameItemChangesExitThreeShowingBaseTheirsAndYours();
    void forceKeepsTheFilesVersionOfEachConflict();
    void diffSaysWhatPushWouldDoWithARecordForAnotherCommunity();
    void recordInTheOlderFormatStillLoads();
    void syncRecordNeverHoldsASecretOrTheToken();
    void mergedWriteBackKeepsTheFilesUnknownMembers();
    void aMergeThatBreaksARuleIsNotPushed();
    void invalidFileIsRefusedBeforeAnythingIsSent();
    void diffOfAnInvalidFileSaysThePushWouldRefuseIt();
    void refusedPushLeavesFileAndRemoteUnchanged_data();
    void refusedPushLeavesFileAndRemoteUnchanged();
    void networkAndAuthenticationFailuresExitFour_data();
    void networkAndAuthenticationFailuresExitFour();
    void timeoutBoundsEachRequestAsAWhole_data();
    void timeoutBoundsEachRequestAsAWhole();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void completesDespiteInjectedFailures();
    void httpsWorksWithTheCaFileAndFailsClearlyWithout();
    void pullRefusesToReplaceANamedPipe();
    void tokenAppearsInNoOutput();
    void communitiesEscapesTheServersText();
    void communitiesSkipsAMalformedRecordAndSaysSo();
    void invalidAccessTokenAnswerExitsFour();
    void aTokenTheServerQuotesIsNotShown();
    void rateLimitWaitIsSaidOnStandardError();
    void paceGivenHoldsAsTheServerCountsIt();
    void rateLimitStormWithoutRetryAfterIsSurvivedAtThePace();
    void serverErrorsAreEscaped_data();
    void serverErrorsAreEscaped();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    // Pulls `id` into a file of the temporary directory; fails the test when it cannot.
    QString pulled(const EmulatorProcess& emulator, const QString& id, const QString& name);
    Run run(const QStringList& arguments);
    // The same while the test's event loop runs, for a server that lives in the test.
    Run runServing(const QStringList& arguments);

    QTemporaryDir m_dir;
    QByteArray m_everyOutput; // of every engagectl run, for tokenAppearsInNoOutput
};

void TestEngagectlSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("ENGAGE_API_TOKEN", token);
}

Run TestEngagectlSync::run(const QStringList& arguments)
{
    Run result = engagectl(arguments);
    m_everyOutput += result.out + result.err;
    return result;
}

Run TestEngagectlSync::runServing(const QStringList& arguments)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(ENGAGECTL_PATH), arguments);
    process.closeWriteChannel();
    if (!finished.wait(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    Run result{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               process.readAllStandardOutput(), process.readAllStandardError()};
    m_everyOutput += result.out + result.err;
    return result;
}

QString TestEngagectlSync::pulled(const EmulatorProcess& emulator, const QString& id,
                                  const QString& name)
{
    const QString file = path(name);
    const Run result = run(QStringList{QStringLiteral("pull")} + server(emulator) + community(id) +
                           QStringList{QStringLiteral("--out"), file});
    if (result.exitCode != 0)
        qWarning("pull failed: %s", result.err.constData());
    return file;
}

void TestEngagectlSync::everyServerCommandHasHelp_data()
{
    QTest::addColumn<QString>("command");
    for (const char* command : {"communities", "pull", "diff", "push"})
        QTest::newRow(command) << QString::fromLatin1(command);
}

void TestEngagectlSync::everyServerCommandHasHelp()
{
    QFETCH(QString, command);
    const Run result = run({command, QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("--server"));
    QVERIFY(result.out.contains("--token-file"));
    QVERIFY(result.out.contains("--ca-file"));
}

void TestEngagectlSync::communitiesListsEveryPage()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--communities"), QStringLiteral("400")}));
    const Run result = run(QStringList{QStringLiteral("communities")} + server(emulator));
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 403);
    QCOMPARE(lines.first(), "5f0c0a1b2c3d4e5f60718293  Website chat");
    QVERIFY(lines.last().endsWith("  Community 400"));
}

void TestEngagectlSync::communitiesJsonHasEveryRecord()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--communities"), QStringLiteral("200")}));
    const Run result =
        run(QStringList{QStringLiteral("communities"), QStringLiteral("--json")} +
            server(emulator) + QStringList{QStringLiteral("--max-in-flight"), QStringLiteral("1")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray communities =
        QJsonDocument::fromJson(result.out).object().value(QStringLiteral("communities")).toArray();
    QCOMPARE(communities.size(), 203);
    const QJsonObject first = communities.first().toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toString(), website);
    QCOMPARE(first.keys(), (QStringList{QStringLiteral("active"), QStringLiteral("created_at"),
                                        QStringLiteral("id"), QStringLiteral("name"),
                                        QStringLiteral("type"), QStringLiteral("updated_at")}));
}

void TestEngagectlSync::pullWritesACompleteOwnerOnlyFileAndItsSyncRecord()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--custom-fields"), QStringLiteral("200")}));
    const QString file = pulled(emulator, website, QStringLiteral("pulled.json"));
    const QByteArray written = readAll(file);
    QVERIFY(written.startsWith("{\n  \"format\": \"engage-messaging-community\""));
    QVERIFY(written.contains("\"name\": \"Website chat\""));
    QVERIFY(written.contains("\"server\": \"" + emulator.url().toUtf8() + "\""));
    QVERIFY(written.contains("\"key\": \"field_0200\""));
    QVERIFY(!written.contains("order_ref")); // not an Identity Group field
    // It holds an HS256 secret: readable by its owner only.
    const QFileDevice::Permissions permissions = QFileInfo(file).permissions();
    QVERIFY(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                             QFileDevice::ReadOther | QFileDevice::WriteOther)));
    QCOMPARE(run({QStringLiteral("validate"), file}).exitCode, 0);
    const QJsonObject record =
        QJsonDocument::fromJson(readAll(file + QStringLiteral(".sync"))).object();
    QCOMPARE(record.value(QStringLiteral("community")).toString(), website);
    QCOMPARE(record.value(QStringLiteral("server")).toString(), emulator.url());
    QCOMPARE(record.value(QStringLiteral("etag")).toString(), QStringLiteral("\"v1\""));
}

void TestEngagectlSync::pullIntoAnExistingFileKeepsItsUnknownMembers()
{
    EmulatorProcess emulator(emulatorArguments());
    const QString file = pulled(emulator, website, QStringLiteral("pull-unknown.json"));
    // Members the server does not hold: a typo at the top level, newer members in the
    // community, a mapping row and a key.
    const QList<std::pair<QByteArray, QByteArray>> additions{
        {"\"version\": 1,", "\"version\": 1, \"extra_value_mapping\": [{\"key\": \"a\", "
                            "\"field\": \"email\"}, {\"key\": \"b\", \"field\": \"notes\"}],"},
        {"\"name\": \"Website chat\",", "\"name\": \"Website chat\", \"region\": \"eu\","},
        {"\"key\": \"cell_number\",", "\"key\": \"cell_number\", \"note\": \"kept\","},
        {"\"id\": \"prod\",", "\"id\": \"prod\", \"rotate_after\": 90,"}};
    QByteArray text = readAll(file);
    for (const auto& [before, after] : additions) {
        QVERIFY2(text.contains(before), before.constData());
        text.replace(before, after);
    }
    writeAll(file, text);

    const Run again = run(QStringList{QStringLiteral("pull")} + server(emulator) +
                          community(website) + QStringList{QStringLiteral("--out"), file});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.contains("[unknown_member at /extra_value_mapping]"), again.err.constData());
    const engage::ConfigLoadResult reread = engage::ConfigFile::load(readAll(file));
    QVERIFY(reread.config);
    QCOMPARE(unknownMembersText(reread.config->unknownMembers),
             QStringLiteral(R"(extra_value_mapping=[{"key":"a","field":"email"},)"
                            R"({"key":"b","field":"notes"}])"));
    QCOMPARE(unknownMembersText(reread.config->community.unknownMembers),
             QStringLiteral(R"(region="eu")"));
    QCOMPARE(reread.config->extraValuesMapping.at(0).key, QStringLiteral("cell_number"));
    QCOMPARE(unknownMembersText(reread.config->extraValuesMapping.at(0).unknownMembers),
             QStringLiteral(R"(note="kept")"));
    QCOMPARE(reread.config->jwtKeys.at(0).id, QStringLiteral("prod"));
    QCOMPARE(unknownMembersText(reread.config->jwtKeys.at(0).unknownMembers),
             QStringLiteral("rotate_after=90"));
}

void TestEngagectlSync::pullRefusesAFileItCannotReadWhole_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("problem");
    QTest::newRow("trailing comma")
        << QByteArray(R"({"format": "engage-messaging-community", "version": 1, )"
                      R"("my_notes": "local", "signed_identities": "require",})"
                      "\n")
        << QByteArray("The file is not valid JSON: line 1, column 108: a comma before '}'");
    QTest::newRow("regex of the wrong type")
        << QByteArray(R"({"format": "engage-messaging-community", "version": 1, "custom_fields": [)"
                      R"({"key": "account_no", "label": "A", "type": "string"}, )"
                      R"({"key": "customer_id", "label": "C", "type": "string", "regex": 7}]})"
                      "\n")
        << QByteArray("[member_type_invalid at /custom_fields/1/regex]");
    QTest::newRow("not an object") << QByteArray("[1, 2]\n") << QByteArray("[config_parse_error]");
    QTest::newRow("another format") << QByteArray(R"({"name": "my-package", "version": "1.0.0"})"
                                                  "\n")
                                    << QByteArray("[format_invalid at /format]");
}

void TestEngagectlSync::pullRefusesAFileItCannotReadWhole()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, problem);
    EmulatorProcess emulator(emulatorArguments());
    const QString file =
        path(QStringLiteral("pull-unreadable-%1.json").arg(QTest::currentDataTag()));
    writeAll(file, text);

    const Run result = run(QStringList{QStringLiteral("pull")} + server(emulator) +
                           community(website) + QStringList{QStringLiteral("--out"), file});
    QCOMPARE(result.exitCode, 1); // invalid, as validate says
    // Compiler style, "FILE:LINE:COLUMN: error: ...", so that an editor can jump to the place.
    QVERIFY2(result.err.startsWith(file.toUtf8() + ":1:"), result.err.constData());
    QVERIFY2(result.err.contains(problem), result.err.constData());
    QVERIFY2(result.err.contains("engagectl pull: " + file.toUtf8() +
                                 " cannot be read whole as a configuration"),
             result.err.constData());
    QVERIFY2(result.err.contains("Fix the file, or choose another --out."), result.err.constData());
    QCOMPARE(readAll(file), text);
    QVERIFY(!QFileInfo::exists(file + QStringLiteral(".sync")));
}

void TestEngagectlSync::unreadableFileIsNamedTheSameWayByEverySyncCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("directory"); // a directory where the file should be, else nothing
    for (const char* command : {"pull", "push", "diff", "catalogue"}) {
        QTest::addRow("%s, a directory", command) << QString::fromLatin1(command) << true;
        // For pull, a missing file is a new one: it is written, not refused.
        if (qstrcmp(command, "pull") != 0)
            QTest::addRow("%s, a missing file", command) << QString::fromLatin1(command) << false;
    }
}

// A mistyped --community must not replace another community's keys and mapping: pull refuses
// the file, as catalogue does, and leaves it as it was.
void TestEngagectlSync::pullRefusesTheFileOfAnotherCommunity()
{
    EmulatorProcess emulator(emulatorArguments());
    const QString file = pulled(emulator, website, QStringLiteral("website-kept.json"));
    const QByteArray before = readAll(file);
    const Run result = run(QStringList{QStringLiteral("pull")} + server(emulator) +
                           community(mobileApp) + QStringList{QStringLiteral("--out"), file});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("is the configuration of the community \"" + website.toUtf8() +
                                 "\", not \"" + mobileApp.toUtf8() + "\""),
             result.err.constData());
    QCOMPARE(readAll(file), before);
}

// catalogue refreshes a configuration: an empty file is none (pull makes one), and is left empty.
void TestEngagectlSync::catalogueRefusesAnEmptyFile()
{
    EmulatorProcess emulator(emulatorArguments());
    const QString file = path(QStringLiteral("empty-for-catalogue.json"));
    writeAll(file, QByteArray());
    const Run result = run(QStringList{QStringLiteral("catalogue")} + server(emulator) +
                           community(website) + QStringList{file});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("is empty"), result.err.constData());
    QCOMPARE(QFileInfo(file).size(), 0);
}

void TestEngagectlSync::unreadableFileIsNamedTheSameWayByEverySyncCommand()
{
    QFETCH(QString, command);
    QFETCH(bool, directory);
    EmulatorProcess emulator(emulatorArguments());
    const QString file = path(
        QStringLiteral("unreadable-%1-%2")
            .arg(command, directory ? QStringLiteral("directory") : QStringLiteral("missing")));
    if (directory)
        QVERIFY(QDir().mkpath(file));
    QStringList arguments = QStringList{command} + server(emulator) + community(website);
    if (command == QLatin1String("pull"))
        arguments << QStringLiteral("--out");
    arguments << file;

    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    // The same sentence as every command's, naming the file, and nothing else: no diagnostics,
    // no "does not exist" for a directory, nothing fetched or written.
    const QString reason = directory ? QStringLiteral("%1 is a directory, not a file.")
                                     : QStringLiteral("%1 could not be opened: No such file or "
                                                      "directory.");
    QCOMPARE(QString::fromUtf8(result.err),
             QStringLiteral("engagectl %1: %2\n").arg(command, reason.arg(file)));
    QVERIFY(result.out.isEmpty());
    QVERIFY(!QFileInfo::exists(file + QStringLiteral(".sync")));
}

void TestEngagectlSync::pullKeepsTheFilesRegexesOverTheServers()
{
    EmulatorProcess emulator(emulatorArguments());
    const QString file = path(QStringLiteral("pull-regexes.json"));
    // The emulator serves customer_id with ^C[0-9]{8}$ and account_no without a regex; on a
    // real domain the admin console alone holds regexes, and this file is where they are kept.
    writeAll(file,
             R"({"format": "engage-messaging-community", "version": 1, "custom_fields": [)"
             R"({"key": "customer_id", "label": "Old", "type": "string", "regex": "^LOCAL$"},)"
             R"({"key": "account_no", "label": "A", "type": "string", "regex": "^A[0-9]+$"}]})"
             "\n");

    const Run result = run(QStringList{QStringLiteral("pull")} + server(emulator) +
                           community(website) + QStringList{QStringLiteral("--out"), file});
    QCOMPARE(result.exitCode, 0);
    const engage::ConfigLoadResult reread = engage::ConfigFile::load(readAll(file));
    QVERIFY(reread.config);
    // Labels and types are the server's; the regexes the file's.
    const QList<engage::CustomField> expected{
        {QStringLiteral("customer_id"), QStringLiteral("Customer id"), QStringLiteral("string"),
         QStringLiteral("^LOCAL$")},
        {QStringLiteral("account_no"), QStringLiteral("Account number"), QStringLiteral("string"),
         QStringLiteral("^A[0-9]+$")}};
    QCOMPARE(reread.config->customFields, expected);
}

void TestEngagectlSync::pullSaysWhichCustomFieldsOfTheFileItDropped()
{
    EmulatorProcess emulator(emulatorArguments());
    const QString file = path(QStringLiteral("pull-dropped-field.json"));
    writeAll(file, R"({"format": "engage-messaging-community", "version": 1, "custom_fields": [)"
                   R"({"key": "legacy_code", "label": "L", "type": "string", "regex": "^L[0-9]$"},)"
                   R"({"key": "old_note", "label": "N", "type": "string"}]})"
                   "\n");

    const Run result = run(QStringList{QStringLiteral("pull")} + server(emulator) +
                           community(website) + QStringList{QStringLiteral("--out"), file});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains("engagectl pull: the custom field \"legacy_code\" is not in the "
                                 "server's catalogue, so it was removed from " +
                                 file.toUtf8() + " with its regex \"^L[0-9]$\".\n"),
             result.err.constData());
    QVERIFY2(result.err.contains("engagectl pull: the custom field \"old_note\" is not in the "
                                 "server's catalogue, so it was removed from " +
                                 file.toUtf8() + ".\n"),
             result.err.constData());
    const engage::ConfigLoadResult reread = engage::ConfigFile::load(readAll(file));
    QVERIFY(reread.config);
    QCOMPARE(reread.config->customFields.size(), 2); // customer_id and account_no
    QCOMPARE(reread.config->customFields.at(0).key, QStringLiteral("customer_id"));
}

void TestEngagectlSync::pullWritesIntoAnEmptyFile()
{
    // What mktemp leaves: nothing in it can be lost, so it is no reason to refuse.
    EmulatorProcess emulator(emulatorArguments());
    const QString file = path(QStringLiteral("pull-empty.json"));
    writeAll(file, QByteArray());
    const Run result = run(QStringList{QStringLiteral("pull")} + server(emulator) +
                           community(website) + QStringList{QStringLiteral("--out"), file});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(engage::ConfigFile::load(readAll(file)).isValid());
    QVERIFY(QFileInfo::exists(file + QStringLiteral(".sync")));
}

void TestEngagectlSync::diffGoesFieldByFieldWithSecretsAsFingerprints()
{
    EmulatorProcess emulator(emulatorArguments());
    const QString file = pulled(emulator, website, QStringLiteral("diff.json"));
    const QStringList diff =
        QStringList{QStringLiteral("diff")} + server(emulator) + community(website);
    Run result = run(diff + QStringList{file});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, heading(emulator, website) + noDifferences);

    writeAll(file, replaced(readAll(file), websiteSecret, "0123456789abcdef01234567")
                       .replace(QLatin1String("\"mobile_phone\""), QLatin1String("\"home_phone\""))
                       .toUtf8());
    result = run(diff + QStringList{file});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, heading(emulator, website) +
                             "Changes a push sends to the server:\n"
                             "  Mapping `cell_number`: Mobile phone \u2192 Home phone\n"
                             "  JWT key `prod`: secret changed (sha256:8865fea8edb6\u2026).\n");
    QVERIFY(!result.out.contains(websiteSecret) && !result.err.contains(websiteSecret));

    result = run(diff + QStringList{QStringLiteral("--json"), file});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    const QJsonArray changes = json.value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes[0].toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral("/extra_values_mapping/0/field"));
    QCOMPARE(changes[0].toObject().value(QStringLiteral("remote")).toString(),
             QStringLiteral("mobile_phone"));
    QCOMPARE(changes[0].toObject().value(QStringLiteral("local")).toString(),
             QStringLiteral("home_phone"));
    QCOMPARE(changes[0].toObject().value(QStringLiteral("description")).toString(),
             QStringLiteral("Mapping `cell_number`: Mobile phone \u2192 Home phone"));
    const QJsonObject entity = changes[0].toObject().value(QStringLiteral("entity")).toObject();
    QCOMPARE(entity.value(QStringLiteral("kind")).toString(), QStringLiteral("mapping_row"));
    QCOMPARE(entity.value(QStringLiteral("id")).toString(), QStringLiteral("cell_number"));
    QCOMPARE(changes[1].toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral("/jwt_keys/0/secret"));
    QCOMPARE(json.value(QStringLiteral("server")).toString(), emulator.url());
    QCOMPARE(json.value(QStringLiteral("push")).toString(), QStringLiteral("push"));
    QCOMPARE(json.value(QStringLiteral("remote_changed_since_pull")).toBool(), false);
}

void TestEngagectlSync::pushDryRunChangesNothing()
{
    EmulatorProcess emulator(emulatorArguments());
    const QString file = pulled(emulator, website, QStringLiteral("dry.json"));
    writeAll(file, replaced(readAll(file), "\"require\"", "\"accept\"").toUtf8());
    const QStringList push =
        QStringList{QStringLiteral("push")} + server(emulator) + community(website);
    const Run result = run(push + QStringList{QStringLiteral("--dry-run"), file});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, heading(emulator, website) +
                             "Changes a push sends to the server:\n"
                             "  Signed identities: Require \u2192 Accept\n");
    QVERIFY(result.err.contains("Dry run: nothing was pushed."));
    // Still the same difference: nothing was pushed.
    QCOMPARE(run(QStringList{QStringLiteral("diff")} + server(emulator) + community(website) +
                 QStringList{file})
                 .out,
             result.out);
}

void TestEngagectlSync::pushAppliesTheFileAndRecordsTheNewEtag()
{
    EmulatorProcess emulator(emulatorArguments());
    const QString file = pulled(emulator, website, QStringLiteral("push.json"));
    writeAll(file, replaced(readAll(file), "\"require\"", "\"accept\"").toUtf8());
    const QStringList push =
        QStringList{QStringLiteral("push")} + server(emulator) + community(website);
    Run result = run(push + QStringList{file});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, heading(emulator, website) +
                             "Changes a push sends to the server:\n"
                             "  Signed identities: Require \u2192 Accept\n");
    QVERIFY(readAll(file + QStringLiteral(".sync")).contains("\"etag\":\"\\\"v2\\\"\""));
    // A second push has nothing left to do, and is not a conflict.
    result = run(push + QStringList{file});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, heading(emulator, website) + noDifferences);
    // Another pull sees the pushed settings.
    const QString again = pulled(emulator, website, QStringLiteral("push-again.json"));
    QVERIFY(readAll(again).contains("\"signed_identities\": \"accept\""));
}

void TestEngagectlSync::pullWritesNeitherFileWhenTheSyncRecordCannotBeWritten_data()
{
    QTest::addColumn<QByteArray>("previous"); // empty: the file does not exist yet
    QTest::newRow("new file") << QByteArray();
    // A whole configuration, if an empty one: a file without its version is refused as a target.
    QTest::newRow("existing file")
        << QByteArray("{\"format\": \"engage-messaging-community\", \"version\": 1}\n");
}

void TestEngagectlSync::pullWritesNeitherFileWhenTheSyncRecordCannotBeWritten()
{
    QFETCH(QByteArray, previous);
    EmulatorProcess emulator(emulatorArguments());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("pulled.json"));
    if (!previous.isEmpty())
        writeAll(file, previous);
    // Where the sync record would go, a directory: it cannot be written.
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("pulled.json.sync")));
    const QStringList entriesBefore =
        QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries);

    const Run result = run(QStringList{QStringLiteral("pull")} + server(emulator) +
                           community(website) + QStringList{QStringLiteral("--out"), file});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(QFile::exists(file), !previous.isEmpty());
    QCOMPARE(readAll(file), previous);
    QVERIFY2(result.err.contains("pulled.json.sync") && result.err.contains("Neither"),
             result.err.constData());
    // No temporary file is left behind either.
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), entriesBefore);
}

void TestEngagectlSync::pushOfACopyWithoutSyncRecordIsRefusedUnlessForced()
{
    EmulatorProcess emulator(emulatorArguments());
    const QString original = pulled(emulator, website, QStringLiteral("original.json"));
    // cp original.json copy.json: the sync record stays behind.
    const QString copy = path(QStringLiteral("copy.json"));
    QFile::remove(copy + QStringLiteral(".sync"));
    writeAll(copy, replaced(readAll(original), "\"require\"", "\"accept\"").toUtf8());
    const QStringList push =
        QStringList{QStringLiteral("push")} + server(emulator) + community(website);

    Run result = run(push + QStringList{copy});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(website.toUtf8()) && result.err.contains(emulator.url().toUtf8()),
             result.err.constData());
    QVERIFY(result.err.contains("Nothing was pushed"));
    QVERIFY(result.err.contains("--force"));
    QVERIFY(!QFile::exists(copy + QStringLiteral(".sync")));
    // The remote settings are still those pulled.
    const QStringList diff =
        QStringList{QStringLiteral("diff")} + server(emulator) + community(website);
    QCOMPARE(run(diff + QStringList{original}).out, heading(emulator, website) + noDifferences);

    result = run(push + QStringList{QStringLiteral("--force"), copy});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, heading(emulator, website) +
                             "Changes a push sends to the server:\n"
                             "  Signed identities: Require \u2192 Accept\n");
    QCOMPARE(run(diff + QStringList{copy}).out, heading(emulator, website) + noDifferences);
    // Pushed, the copy now has its own record.
    QVERIFY(readAll(copy + QStringLiteral(".sync")).contains("\"etag\":\"\\\"v2\\\"\""));
}

void TestEngagectlSync::pushWithTheRecordOfAnotherCommunityExitsThreeNamingBoth()
{
    EmulatorProcess emulator(emulatorArguments());
    const QString file = pulled(emulator, mobileApp, QStringLiteral("mobile.json"));
    const QByteArray recordBefore = readAll(file + QStringLiteral(".sync"));
    const Run result = run(QStringList{QStringLiteral("push")} + server(emulator) +
                           community(website) + QStringList{file});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("pulled from the community " + mobileApp.toUtf8()) &&
                 result.err.contains("not from the community " + website.toUtf8()),
             result.err.constData());
    QVERIFY(result.out.isEmpty());
    QCOMPARE(readAll(file + QStringLiteral(".sync")), recordBefore);
    // The website's settings are untouched: still the first version.
    const QString remote = pulled(emulator, website, QStringLiteral("website-after.json"));
    QVERIFY(readAll(remote + QStringLiteral(".sync")).contains("\\\"v1\\\""));
}

void TestEngagectlSync::pushOfAnotherCommunitysFileWithACopiedRecordExitsThreeNamingBoth()
{
    EmulatorProcess emulator(emulatorArguments());
    const QString websiteFile = pulled(emulator, website, QStringLiteral("website.json"));
    const QString mobileFile = pulled(emulator, mobileApp, QStringLiteral("mobile.json"));
    // cp website.json.sync mobile.json.sync: the record now fits the website community.
    QFile::remove(mobileFile + QStringLiteral(".sync"));
    QVERIFY(
        QFile::copy(websiteFile + QStringLiteral(".sync"), mobileFile + QStringLiteral(".sync")));
    const QStringList push = QStringList{QStringLiteral("push")} + server(emulator) +
                             community(website) + QStringList{QStringLiteral("--dry-run")};

    Run result = run(push + QStringList{mobileFile});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("the configuration of the community " + mobileApp.toUtf8()) &&
                 result.err.contains("not of the community " + website.toUtf8()),
             result.err.constData());
    QVERIFY(result.err.contains("Nothing was pushed"));
    QVERIFY(result.out.isEmpty());

    // Forced, it goes ahead (here a dry run), with no record to rely on.
    result = run(push + QStringList{QStringLiteral("--force"), mobileFile});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains("--force: the push replaces"), result.err.constData());
    QVERIFY(result.err.contains("Dry run"));
}

void TestEngagectlSync::disjointRemoteChangesAreMergedShownAndWrittenIntoTheFile()
{
    EmulatorProcess emulator(emulatorArguments());
    const QString mine = pulled(emulator, website, QStringLiteral("mine.json"));
    const QString theirs = pulled(emulator, website, QStringLiteral("theirs.json"));
    const QStringList push =
        QStringList{QStringLiteral("push")} + server(emulator) + community(website);
    // A colleague changes the mode; I change a mapping row: different things.
    writeAll(theirs, replaced(readAll(theirs), "\"require\"", "\"accept\"").toUtf8());
    QCOMPARE(run(push + QStringList{theirs}).exitCode, 0);
    writeAll(mine, replaced(readAll(mine), "\"mobile_phone\"", "\"home_phone\"").toUtf8());

    const QStringList diff =
        QStringList{QStringLiteral("diff")} + server(emulator) + community(website);
    const Run preview = run(diff + QStringList{mine});
    QCOMPARE(preview.exitCode, 0);
    const QByteArray shown = heading(emulator, website) +
                             "Changes a push sends to the server:\n"
                             "  Mapping `cell_number`: Mobile phone \u2192 Home phone\n"
                             "Changes made on the server since " +
                             mine.toUtf8() +
                             " was pulled, merged into it:\n"
                             "  Signed identities: Require \u2192 Accept\n";
    QCOMPARE(preview.out, shown);

    const Run result = run(push + QStringList{mine});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, shown);
    QVERIFY2(result.err.contains("Wrote the remote changes merged above"), result.err.constData());
    // The file now holds both changes, as the server does: a later push reverts nothing.
    const QByteArray file = readAll(mine);
    QVERIFY(file.contains("\"signed_identities\": \"accept\""));
    QVERIFY(file.contains("\"home_phone\""));
    QCOMPARE(run(diff + QStringList{mine}).out, heading(emulator, website) + noDifferences);
    const QString again = pulled(emulator, website, QStringLiteral("merged-remote.json"));
    QVERIFY(readAll(again).contains("\"signed_identities\": \"accept\""));
    QVERIFY(readAll(again).contains("\"home_phone\""));
}

void TestEngagectlSync::sameItemChangesExitThreeShowingBaseTheirsAndYours()
{
    EmulatorProcess emulator(emulatorArguments());
    const QString mine = pulled(emulator, website, QStringLiteral("mine.json"));
    const QString theirs = pulled(emulator, website, QStringLiteral("theirs.json"));
    const QStringList push =
        QStringList{QStringLiteral("push")} + server(emulator) + community(website);
    writeAll(theirs, replaced(readAll(theirs), "\"mobile_phone\"", "\"notes\"").toUtf8());
    QCOMPARE(run(push + QStringList{theirs}).exitCode, 0);
    writeAll(mine, replaced(readAll(mine), "\"mobile_phone\"", "\"home_phone\"").toUtf8());
    const QByteArray mineBefore = readAll(mine);
    const QByteArray recordBefore = readAll(mine + QStringLiteral(".sync"));

    const QByteArray conflict = "Changed both on the server and in " + mine.toUtf8() +
                                " since it was pulled:\n"
                                "  Mapping `cell_number`\n"
                                "    base:   Mobile phone\n"
                                "    theirs: Notes (the server now)\n"
                                "    yours:  Home phone (the file)\n";
    const Run result = run(push + QStringList{mine});
    QCOMPARE(result.exitCode, 3);
    // Shown as a conflict only, not also as a change the push would send.
    QCOMPARE(result.out, heading(emulator, website) + conflict);
    QVERIFY(result.err.contains("nothing was pushed"));
    QCOMPARE(readAll(mine), mineBefore);
    QCOMPARE(readAll(mine + QStringLiteral(".sync")), recordBefore);
    // diff says the same, and that a push would be refused.
    const QStringList diff =
        QStringList{QStringLiteral("diff")} + server(emulator) + community(website);
    const Run preview = run(diff + QStringList{mine});
    QCOMPARE(preview.out, heading(emulator, website) + conflict);
    QVERIFY2(preview.err.contains("a push would be refused (exit 3)"), preview.err.constData());
    const Run json = run(diff + QStringList{QStringLiteral("--json"), mine});
    const QJsonObject object = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(object.value(QStringLiteral("push")).toString(), QStringLiteral("conflict"));
    const QJsonObject first =
        object.value(QStringLiteral("conflicts")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("theirs")).toString(), QStringLiteral("Notes"));
    // Machine output: the same bytes in French, the conflicts' titles included.
    const QByteArray userLocale = qgetenv("LC_ALL");
    qputenv("LC_ALL", "fr_FR.UTF-8");
    const Run jsonInFrench = run(diff + QStringList{QStringLiteral("--json"), mine});
    qputenv("LC_ALL", userLocale);
    QCOMPARE(jsonInFrench.out, json.out);
    QVERIFY2(jsonInFrench.err != json.err, jsonInFrench.err.constData()); // French there
    // The remote settings are theirs, unchanged.
    QCOMPARE(run(diff + QStringList{theirs}).out, heading(emulator, website) + noDifferences);
}

void TestEngagectlSync::forceKeepsTheFilesVersionOfEachConflict()
{
    EmulatorProcess emulator(emulatorArguments());
    const QString mine = pulled(emulator, website, QStringLiteral("mine.json"));
    const QString theirs = pulled(emulator, website, QStringLiteral("theirs.json"));
    const QStringList push =
        QStringList{QStringLiteral("push")} + server(emulator) + community(website);
    // Theirs: the mode (disjoint) and the row (conflicting); mine: the row.
    writeAll(theirs, replaced(readAll(theirs), "\"mobile_phone\"", "\"notes\"")
                         .replace(QLatin1String("\"require\""), QLatin1String("\"accept\""))
                         .toUtf8());
    QCOMPARE(run(push + QStringList{theirs}).exitCode, 0);
    writeAll(mine, replaced(readAll(mine), "\"mobile_phone\"", "\"home_phone\"").toUtf8());

    const Run result = run(push + QStringList{QStringLiteral("--force"), mine});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("  Mapping `cell_number`: Notes \u2192 Home phone\n"),
             result.out.constData());
    const QString again = pulled(emulator, website, QStringLiteral("forced-remote.json"));
    QVERIFY(readAll(again).contains("\"home_phone\""));
    // The colleague's disjoint change was merged, not reverted.
    QVERIFY(readAll(again).contains("\"signed_identities\": \"accept\""));
    QVERIFY(readAll(mine).contains("\"signed_identities\": \"accept\""));
}

void TestEngagectlSync::diffSaysWhatPushWouldDoWithARecordForAnotherCommunity()
{
    EmulatorProcess emulator(emulatorArguments());
    const QString file = pulled(emulator, mobileApp, QStringLiteral("mobile.json"));
    // Its community member removed, the record alone says it is the mobile app's.
    writeAll(
        file,
        replaced(readAll(file), "\"id\": \"" + mobileApp.toUtf8() + "\"", "\"id\": \"\"").toUtf8());
    const QStringList target = server(emulator) + community(website) + QStringList{file};
    const Run pushed = run(QStringList{QStringLiteral("push")} + target);
    const Run diffed = run(QStringList{QStringLiteral("diff")} + target);
    QCOMPARE(pushed.exitCode, 3);
    QCOMPARE(diffed.exitCode, 0);
    const QByteArray problem = "was pulled from the community " + mobileApp.toUtf8() + " on " +
                               emulator.url().toUtf8() + ", not from the community " +
                               website.toUtf8() + " on " + emulator.url().toUtf8();
    QVERIFY2(pushed.err.contains(problem), pushed.err.constData());
    QVERIFY2(diffed.err.contains(problem), diffed.err.constData());
    QVERIFY(diffed.err.contains("A push would be refused for this reason (exit 3)"));
    const Run json = run(QStringList{QStringLiteral("diff"), QStringLiteral("--json")} + target);
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("push")).toString(),
             QStringLiteral("no_base"));
}

void TestEngagectlSync::recordInTheOlderFormatStillLoads()
{
    EmulatorProcess emulator(emulatorArguments());
    const QString mine = pulled(emulator, website, QStringLiteral("old.json"));
    const QString theirs = pulled(emulator, website, QStringLiteral("theirs.json"));
    const QString record = mine + QStringLiteral(".sync");
    // What earlier versions wrote: the ETag, no base.
    writeAll(record, QStringLiteral("{\"format\":\"engage-sync-base\",\"server\":\"%1\","
                                    "\"community\":\"%2\",\"etag\":\"\\\"v1\\\"\"}\n")
                         .arg(emulator.url(), website)
                         .toUtf8());
    const QStringList push =
        QStringList{QStringLiteral("push")} + server(emulator) + community(website);
    writeAll(theirs, replaced(readAll(theirs), "\"require\"", "\"accept\"").toUtf8());
    QCOMPARE(run(push + QStringList{theirs}).exitCode, 0);
    writeAll(mine, replaced(readAll(mine), "\"mobile_phone\"", "\"home_phone\"").toUtf8());

    // Without a base, whatever differs since the ETag changed is a conflict, as before.
    const Run result = run(push + QStringList{mine});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.out.contains("  Signed identities\n    base:   (not known"),
             result.out.constData());
    QVERIFY(result.out.contains("  Mapping `cell_number`\n"));
    // Pulled again, the record carries a base, and the push goes through.
    pulled(emulator, website, QStringLiteral("old.json"));
    writeAll(mine, replaced(readAll(mine), "\"mobile_phone\"", "\"home_phone\"").toUtf8());
    QCOMPARE(run(push + QStringList{mine}).exitCode, 0);
}

void TestEngagectlSync::syncRecordNeverHoldsASecretOrTheToken()
{
    EmulatorProcess emulator(emulatorArguments());
    const QString file = pulled(emulator, website, QStringLiteral("secret.json"));
    const QString record = file + QStringLiteral(".sync");
    QVERIFY(readAll(file).contains(websiteSecret));
    QVERIFY(!readAll(record).contains(websiteSecret));
    QVERIFY(!readAll(record).contains(token));
    QVERIFY(readAll(record).contains("\"secret\":\"sha256:"));

    const QByteArray newSecret = "0123456789abcdef01234567";
    writeAll(file, replaced(readAll(file), websiteSecret, newSecret).toUtf8());
    QCOMPARE(run(QStringList{QStringLiteral("push")} + server(emulator) + community(website) +
                 QStringList{file})
                 .exitCode,
             0);
    const QByteArray after = readAll(record);
    QVERIFY(after.contains("\\\"v2\\\""));
    QVERIFY(!after.contains(newSecret) && !after.contains(websiteSecret) && !after.contains(token));
}

void TestEngagectlSync::mergedWriteBackKeepsTheFilesUnknownMembers()
{
    EmulatorProcess emulator(emulatorArguments());
    const QString mine = pulled(emulator, website, QStringLiteral("unknown.json"));
    const QString theirs = pulled(emulator, website, QStringLiteral("theirs.json"));
    const QStringList push =
        QStringList{QStringLiteral("push")} + server(emulator) + community(website);
    writeAll(theirs, replaced(readAll(theirs), "\"mobile_phone\"", "\"home_phone\"").toUtf8());
    QCOMPARE(run(push + QStringList{theirs}).exitCode, 0);
    // Mine: the mode, and members this version does not know, at the top and in the row the
    // colleague changed.
    writeAll(mine, replaced(readAll(mine), "\"require\"", "\"accept\"")
                       .replace(QLatin1String("\"field\": \"mobile_phone\""),
                                QLatin1String("\"field\": \"mobile_phone\", \"x_note\": \"kept\""))
                       .replace(QLatin1String("\"version\": 1,"),
                                QLatin1String("\"version\": 1, \"x_owner\": \"web team\","))
                       .toUtf8());

    const Run result = run(push + QStringList{mine});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("  Mapping `cell_number`: Mobile phone \u2192 Home phone\n"));
    const engage::ConfigLoadResult written = engage::ConfigFile::load(readAll(mine));
    QVERIFY(written.config);
    QCOMPARE(written.config->signedIdentities, QStringLiteral("accept"));
    QCOMPARE(written.config->extraValuesMapping[0].field, QStringLiteral("home_phone"));
    QCOMPARE(unknownMembersText(written.config->extraValuesMapping[0].unknownMembers),
             QStringLiteral("x_note=\"kept\""));
    QCOMPARE(unknownMembersText(written.config->unknownMembers),
             QStringLiteral("x_owner=\"web team\""));
}

void TestEngagectlSync::aMergeThatBreaksARuleIsNotPushed()
{
    EmulatorProcess emulator(emulatorArguments());
    const QStringList push =
        QStringList{QStringLiteral("push")} + server(emulator) + community(website);
    const QString first = pulled(emulator, website, QStringLiteral("first.json"));
    writeAll(first, replaced(readAll(first), "\"require\"", "\"reject\"").toUtf8());
    QCOMPARE(run(push + QStringList{first}).exitCode, 0);
    const QString mine = pulled(emulator, website, QStringLiteral("mine.json"));
    const QString theirs = pulled(emulator, website, QStringLiteral("theirs.json"));
    // Theirs: Require, with the key. Mine: Reject without the key. Each valid; merged, Require
    // without any key.
    writeAll(theirs, replaced(readAll(theirs), "\"reject\"", "\"require\"").toUtf8());
    QCOMPARE(run(push + QStringList{theirs}).exitCode, 0);
    engage::CommunityConfig withoutKey = *engage::ConfigFile::load(readAll(mine)).config;
    withoutKey.jwtKeys.clear();
    QVERIFY(!engage::ConfigFile::save(mine, withoutKey));
    const QByteArray mineBefore = readAll(mine);

    const Run result = run(push + QStringList{mine});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("require_without_keys") &&
                 result.err.contains("would break the rules above; nothing was pushed"),
             result.err.constData());
    QCOMPARE(readAll(mine), mineBefore);
    const Run json = run(QStringList{QStringLiteral("diff"), QStringLiteral("--json")} +
                         server(emulator) + community(website) + QStringList{mine});
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("push")).toString(),
             QStringLiteral("invalid_merge"));
}

void TestEngagectlSync::invalidFileIsRefusedBeforeAnythingIsSent()
{
    // Nothing listens at this server: had anything been sent, the exit code would be 4.
    const QString invalid = path(QStringLiteral("invalid.json"));
    writeAll(invalid, R"({"format": "engage-messaging-community", "version": 1,
  "signed_identities": "require", "jwt_keys": [{"id": "Prod Key", "algorithm": "HS256", "secret": "x"}]})");
    const Run result = run({QStringLiteral("push"), QStringLiteral("--server"),
                            QStringLiteral("http://127.0.0.1:9/1.0"), QStringLiteral("--community"),
                            website, invalid});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains("[key_id_invalid at /jwt_keys/0/id]"));
    QVERIFY(result.err.contains("nothing was sent"));
    QVERIFY(result.out.isEmpty());
}

// push refuses an invalid file before anything else (exit 1): diff says so, in words and in
// --json, rather than listing changes a push would never send.
void TestEngagectlSync::diffOfAnInvalidFileSaysThePushWouldRefuseIt()
{
    EmulatorProcess emulator(emulatorArguments());
    const QString file = pulled(emulator, website, QStringLiteral("invalid-diff.json"));
    writeAll(file, replaced(readAll(file), "\"require\"", "\"sometimes\"").toUtf8());
    const QStringList diff =
        QStringList{QStringLiteral("diff")} + server(emulator) + community(website);
    const Run text = run(diff + QStringList{file});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.err.contains("is invalid, so a push would refuse it and send nothing (exit 1)"),
             text.err.constData());
    const Run json = run(diff + QStringList{QStringLiteral("--json"), file});
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("push")).toString(),
             QStringLiteral("invalid_file"));
    const Run push = run(QStringList{QStringLiteral("push")} + server(emulator) +
                         community(website) + QStringList{file});
    QCOMPARE(push.exitCode, 1);
}

void TestEngagectlSync::refusedPushLeavesFileAndRemoteUnchanged_data()
{
    QTest::addColumn<QString>("tokenFile");
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    // Valid locally (its own catalogue has the field) but not on the server: 422.
    QTest::newRow("422") << QString() << QByteArray("\"key\": \"customer_id\",")
                         << QByteArray("\"key\": \"loyalty_id\",") << 1
                         << QByteArray("/extra_values_mapping/1/field");
    QTest::newRow("403") << QStringLiteral("reader-token") << QByteArray("\"require\"")
                         << QByteArray("\"accept\"") << 4 << QByteArray("403");
}

void TestEngagectlSync::refusedPushLeavesFileAndRemoteUnchanged()
{
    QFETCH(QString, tokenFile);
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    EmulatorProcess emulator(emulatorArguments());
    const QString file = pulled(emulator, website, QStringLiteral("refused.json"));
    QByteArray edited = readAll(file).replace(before, after);
    if (QTest::currentDataTag() == QLatin1String("422"))
        edited.replace("custom_field:customer_id", "custom_field:loyalty_id");
    writeAll(file, edited);
    QStringList arguments =
        QStringList{QStringLiteral("push")} + server(emulator) + community(website);
    if (!tokenFile.isEmpty()) {
        const QString tokenPath = path(QStringLiteral("reader.token"));
        writeAll(tokenPath, tokenFile.toUtf8() + '\n');
        arguments += {QStringLiteral("--token-file"), tokenPath};
    }
    const QByteArray recordBefore = readAll(file + QStringLiteral(".sync"));
    const Run result = run(arguments + QStringList{file});
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), result.err.constData());
    QCOMPARE(readAll(file), edited);
    QCOMPARE(readAll(file + QStringLiteral(".sync")), recordBefore);
    const QString remote = pulled(emulator, website, QStringLiteral("remote-after.json"));
    QVERIFY(readAll(remote).contains("\"signed_identities\": \"require\""));
    QVERIFY(readAll(remote).contains("custom_field:customer_id"));
    QVERIFY(readAll(remote + QStringLiteral(".sync")).contains("\\\"v1\\\""));
}

void TestEngagectlSync::networkAndAuthenticationFailuresExitFour_data()
{
    QTest::addColumn<QStringList>("emulatorOptions");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("message");
    const QString tokenPath = path(QStringLiteral("wrong.token"));
    QFile wrong(tokenPath);
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write("wrong-token\n");
    QTest::newRow("401") << QStringList{QStringLiteral("--bad-token-status"), QStringLiteral("401")}
                         << QStringList{QStringLiteral("--token-file"), tokenPath}
                         << QByteArray("HTTP 401");
    QTest::newRow("404") << QStringList()
                         << QStringList{QStringLiteral("--community"), QStringLiteral("missing")}
                         << QByteArray("HTTP 404");
    QTest::newRow("timeout") << QStringList{QStringLiteral("--latency-ms"), QStringLiteral("5000")}
                             << QStringList{QStringLiteral("--timeout"), QStringLiteral("0.2")}
                             << QByteArray("within 0.2 seconds");
    QTest::newRow("dropped") << QStringList{QStringLiteral("--drop-rate"), QStringLiteral("1")}
                             << QStringList{QStringLiteral("--attempts"), QStringLiteral("2")}
                             << QByteArray("attempts: 2");
    QTest::newRow("503") << QStringList{QStringLiteral("--fail-rate"), QStringLiteral("1")}
                         << QStringList{QStringLiteral("--attempts"), QStringLiteral("2")}
                         << QByteArray("HTTP 503");
}

void TestEngagectlSync::networkAndAuthenticationFailuresExitFour()
{
    QFETCH(QStringList, emulatorOptions);
    QFETCH(QStringList, options);
    QFETCH(QByteArray, message);
    EmulatorProcess emulator(emulatorArguments(emulatorOptions));
    const QString file = path(QStringLiteral("never-written.json"));
    QFile::remove(file);
    QStringList arguments = QStringList{QStringLiteral("pull")} + server(emulator);
    if (!options.contains(QStringLiteral("--community")))
        arguments += community(website);
    const Run result = run(arguments + options + QStringList{QStringLiteral("--out"), file});
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains(message), result.err.constData());
    QVERIFY(!QFile::exists(file));
    QVERIFY(!QFile::exists(file + QStringLiteral(".sync")));
}

void TestEngagectlSync::timeoutBoundsEachRequestAsAWhole_data()
{
    QTest::addColumn<QString>("scheme");
    // Every byte comes before the silence could reach the limit.
    QTest::newRow("an answer that trickles") << QStringLiteral("http");
    // A plain HTTP server never answers a TLS handshake.
    QTest::newRow("https to a plain HTTP port") << QStringLiteral("https");
}

void TestEngagectlSync::timeoutBoundsEachRequestAsAWhole()
{
    QFETCH(QString, scheme);
    // A valid list whose body of over 200 bytes comes one byte every 300 ms: over a minute.
    const QByteArray body = "{\"count\":1,\"records\":[{\"id\":\"" + website.toUtf8() +
                            "\",\"name\":\"Website chat\",\"type\":\"messaging\"," +
                            "\"created_at\":\"2026-01-01T00:00:00Z\"," +
                            "\"updated_at\":\"2026-01-01T00:00:00Z\"}]}";
    const ScriptedServer trickling(
        [&body](const QByteArray&) {
            return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                   QByteArray::number(body.size()) + "\r\n\r\n" + body;
        },
        std::chrono::milliseconds(300));
    const Run result =
        engagectlBeside({QStringLiteral("communities"), QStringLiteral("--server"),
                         trickling.url(scheme), QStringLiteral("--timeout"), QStringLiteral("2"),
                         QStringLiteral("--attempts"), QStringLiteral("2")});
    m_everyOutput += result.out + result.err;
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains("within 2 seconds") && result.err.contains("attempts: 2"),
             result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void TestEngagectlSync::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("environmentToken");
    QTest::addColumn<QByteArray>("message");
    const QStringList https{QStringLiteral("--server"), QStringLiteral("https://127.0.0.1:9/1.0")};
    QTest::newRow("no server") << QStringList{QStringLiteral("communities")} << token
                               << QByteArray("--server URL is required");
    QTest::newRow("plain http to a remote host")
        << QStringList{QStringLiteral("communities"), QStringLiteral("--server"),
                       QStringLiteral("http://acme.example/1.0")}
        << token << QByteArray("Use https://");
    QTest::newRow("no token") << QStringList{QStringLiteral("communities")} + https << QByteArray()
                              << QByteArray("ENGAGE_API_TOKEN");
    QTest::newRow("token with a line break")
        << QStringList{QStringLiteral("communities")} + https << QByteArray("a\r\nX-Evil: 1")
        << QByteArray("cannot be sent");
    QTest::newRow("no community") << QStringList{QStringLiteral("diff"), QStringLiteral("x.json")} +
                                         https
                                  << token << QByteArray("--community ID is required");
    QTest::newRow("pull to stdout")
        << QStringList{QStringLiteral("pull"), QStringLiteral("--community"), website,
                       QStringLiteral("--out"), QStringLiteral("-")} +
               https
        << token << QByteArray("--out takes a file, not standard output");
    QTest::newRow("bad max-in-flight")
        << QStringList{QStringLiteral("communities"), QStringLiteral("--max-in-flight"),
                       QStringLiteral("0")} +
               https
        << token << QByteArray("--max-in-flight");
    for (const char* inFlight : {" 5", "5 ", "+5"}) {
        QTest::addRow("--max-in-flight '%s'", inFlight)
            << QStringList{QStringLiteral("communities"), QStringLiteral("--max-in-flight"),
                           QString::fromLatin1(inFlight)} +
                   https
            << token << QByteArray("--max-in-flight takes a whole number from 1 to 64.");
    }
    for (const char* timeout :
         {"0", "0.0004", "nan", "inf", "-1", "3600.5", "ten", " 5", "5.", ".5", "+5"}) {
        QTest::addRow("--timeout %s", timeout)
            << QStringList{QStringLiteral("communities"), QStringLiteral("--timeout"),
                           QString::fromLatin1(timeout)} +
                   https
            << token << QByteArray("--timeout takes a number of seconds from 0.001 to 3600.");
    }
    for (const char* maxRequests : {"0", "100001", "many"}) {
        QTest::addRow("--max-requests %s", maxRequests)
            << QStringList{QStringLiteral("communities"), QStringLiteral("--max-requests"),
                           QString::fromLatin1(maxRequests)} +
                   https
            << token << QByteArray("--max-requests takes a whole number from 1 to 100000.");
    }
    for (const char* window : {"0", "nan", "3601", "a minute"}) {
        QTest::addRow("--rate-window %s", window)
            << QStringList{QStringLiteral("communities"), QStringLiteral("--rate-window"),
                           QString::fromLatin1(window)} +
                   https
            << token << QByteArray("--rate-window takes a number of seconds from 0.001 to 3600.");
    }
    QTest::newRow("another API version")
        << QStringList{QStringLiteral("communities"), QStringLiteral("--server"),
                       QStringLiteral("https://acme.example/2.0")}
        << token << QByteArray("is at /1.0");
    QTest::newRow("missing CA file")
        << QStringList{QStringLiteral("communities"), QStringLiteral("--ca-file"),
                       QStringLiteral("/nonexistent/ca.pem")} +
               https
        << token << QByteArray("The CA file /nonexistent/ca.pem does not exist");
    const QString notPem = path(QStringLiteral("not-a-certificate.pem"));
    writeAll(notPem, "not a certificate\n");
    QTest::newRow("CA file without a certificate")
        << QStringList{QStringLiteral("communities"), QStringLiteral("--ca-file"), notPem} + https
        << token << QByteArray("holds no PEM certificate");
}

void TestEngagectlSync::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, environmentToken);
    QFETCH(QByteArray, message);
    qputenv("ENGAGE_API_TOKEN", environmentToken);
    const Run result = run(arguments);
    qputenv("ENGAGE_API_TOKEN", token);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), result.err.constData());
}

void TestEngagectlSync::completesDespiteInjectedFailures()
{
    EmulatorProcess emulator(emulatorArguments(
        {QStringLiteral("--communities"), QStringLiteral("400"), QStringLiteral("--custom-fields"),
         QStringLiteral("200"), QStringLiteral("--fail-rate"), QStringLiteral("0.3"),
         QStringLiteral("--drop-rate"), QStringLiteral("0.1"), QStringLiteral("--seed"),
         QStringLiteral("11")}));
    const Run list = run(QStringList{QStringLiteral("communities")} + server(emulator));
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out.count('\n'), 403);
    const QString file = pulled(emulator, website, QStringLiteral("faulty.json"));
    QVERIFY(readAll(file).contains("field_0200"));
}

void TestEngagectlSync::httpsWorksWithTheCaFileAndFailsClearlyWithout()
{
    OpensslFixtures fixtures;
    const OpensslFixtures::TlsFiles tls = fixtures.loopbackServerCertificate();
    EmulatorProcess emulator(emulatorArguments(
        {QStringLiteral("--tls-cert"), tls.certificate, QStringLiteral("--tls-key"), tls.key}));
    QVERIFY(emulator.url().startsWith(QLatin1String("https://")));
    const QStringList list = QStringList{QStringLiteral("communities")} + server(emulator);
    Run result = run(list + QStringList{QStringLiteral("--ca-file"), tls.certificate});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count('\n'), 3);
    result = run(list);
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains("TLS certificate of 127.0.0.1 could not be verified"),
             result.err.constData());
    QVERIFY(result.err.contains("self-signed"));
    m_everyOutput += emulator.stop();
}

void TestEngagectlSync::pullRefusesToReplaceANamedPipe()
{
    EmulatorProcess emulator(emulatorArguments());
    const QString pipe = path(QStringLiteral("pull-pipe.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    const Run result = run(QStringList{QStringLiteral("pull")} + server(emulator) +
                           community(website) + QStringList{QStringLiteral("--out"), pipe});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(pipe.toUtf8() + " is a named pipe (FIFO), not a regular file"),
             result.err.constData());
    struct stat status = {};
    QCOMPARE(::stat(QFile::encodeName(pipe).constData(), &status), 0);
    QVERIFY(S_ISFIFO(status.st_mode));
    QVERIFY(!QFileInfo::exists(pipe + QStringLiteral(".sync")));
}

void TestEngagectlSync::tokenAppearsInNoOutput()
{
    {
        EmulatorProcess emulator(emulatorArguments(
            {QStringLiteral("--fail-rate"), QStringLiteral("0.2"), QStringLiteral("--rate-limit"),
             QStringLiteral("50"), QStringLiteral("--rate-window-ms"), QStringLiteral("1000"),
             QStringLiteral("--retry-after")}));
        const QString file = pulled(emulator, website, QStringLiteral("secret-check.json"));
        writeAll(file, replaced(readAll(file), "\"require\"", "\"accept\"").toUtf8());
        run(QStringList{QStringLiteral("diff")} + server(emulator) + community(website) +
            QStringList{file});
        run(QStringList{QStringLiteral("push")} + server(emulator) + community(website) +
            QStringList{file});
        run(QStringList{QStringLiteral("push")} + server(emulator) + community(mobileApp) +
            QStringList{file});
        m_everyOutput += emulator.stop();
    }
    QVERIFY(!m_everyOutput.isEmpty());
    QVERIFY(!m_everyOutput.contains(token));
    QVERIFY(!m_everyOutput.contains("reader-token"));
    QVERIFY(!m_everyOutput.contains("wrong-token"));
}

void TestEngagectlSync::communitiesEscapesTheServersText()
{
    // OSC 0 sets the terminal's title; U+202E reverses the rest of the line.
    const QString seed = path(QStringLiteral("hostile-seed.json"));
    writeAll(seed, R"({"communities": [{"id": "5f0c0a1b2c3d4e5f60718295",
                      "name": "\u001b]0;owned\u0007Website\u202e chat"}]})");
    EmulatorProcess emulator(emulatorArguments({QStringLiteral("--data"), seed}));

    const Run text = run(QStringList{QStringLiteral("communities")} + server(emulator));
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out,
             QByteArray(R"(5f0c0a1b2c3d4e5f60718295  \u001b]0;owned\u0007Website\u202e chat)"
                        "\n"));
    QCOMPARE(rawControlsIn(text.out + text.err), QString());

    const Run json = run(QStringList{QStringLiteral("communities"), QStringLiteral("--json")} +
                         server(emulator));
    QCOMPARE(json.exitCode, 0);
    const QJsonArray records =
        QJsonDocument::fromJson(json.out).object().value(QStringLiteral("communities")).toArray();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("\x1b]0;owned\aWebsite") + QChar(0x202e) + QStringLiteral(" chat"));
    QCOMPARE(rawControlsIn(json.out + json.err), QString());
}

void TestEngagectlSync::serverErrorsAreEscaped_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("shown");

    const auto answer = [](const QByteArray& status, const QByteArray& body) {
        return "HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " +
               QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    };
    // ESC [1A, ESC [2K, CR: the error line would be erased and replaced by "All good".
    QTest::newRow("the message of an error")
        << answer(
               "400 Bad Request",
               R"({"error":"bad_request","status":400,"message":"\u001b[1A\u001b[2K\rAll good"})")
        << 4 << QByteArray(R"((HTTP 400, bad_request: \u001b[1A\u001b[2K\u000dAll good).)");
    QTest::newRow("the errors of a 422 answer")
        << answer("422 Unprocessable Entity",
                  "{\"error\":\"validation_error\",\"status\":422,\"message\":\"invalid\","
                  "\"errors\":[{\"attribute\":\"/jwt_keys/0\\u001b[2K\",\"message\":"
                  "\"\\u001b[1A\xc2\x9b"
                  "2K\\rAll good\xe2\x80\xae\"}]}")
        << 1 << QByteArray(R"(  /jwt_keys/0\u001b[2K: \u001b[1A\u009b2K\u000dAll good\u202e)");
}

// A server that lives in the test can say what no emulator would.
void TestEngagectlSync::serverErrorsAreEscaped()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, shown);

    ScriptedServer hostile(answer);
    const Run result =
        runServing({QStringLiteral("communities"), QStringLiteral("--server"), hostile.url(),
                    QStringLiteral("--attempts"), QStringLiteral("1")});

    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(shown), result.err.constData());
    QCOMPARE(rawControlsIn(result.out + result.err), QString());
}

void TestEngagectlSync::communitiesSkipsAMalformedRecordAndSaysSo()
{
    const QByteArray body =
        R"({"count":3,"offset":0,"limit":150,"records":[{"id":"c0","name":"Zero"},)"
        R"({"id":"c1","name":5},{"id":"c2","name":"Two"}]})";
    ScriptedServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
    const QString reason = QStringLiteral("it is not a community as the API describes it (a "
                                          "string id and name, and members of the right types)");

    const Run text =
        runServing({QStringLiteral("communities"), QStringLiteral("--server"), server.url()});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out, QByteArray("c0  Zero\nc2  Two\n"));
    QVERIFY2(text.err.contains(QStringLiteral("engagectl communities: Record number 2 of the "
                                              "list (id c1) was skipped: %1.\n")
                                   .arg(reason)
                                   .toUtf8()),
             text.err.constData());

    const Run json = runServing({QStringLiteral("communities"), QStringLiteral("--json"),
                                 QStringLiteral("--server"), server.url()});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject answer = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(answer.value(QStringLiteral("communities")).toArray().size(), 2);
    const QJsonArray skipped = answer.value(QStringLiteral("skipped")).toArray();
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(skipped.first().toObject(), QJsonObject({{QStringLiteral("offset"), 1},
                                                      {QStringLiteral("id"), QStringLiteral("c1")},
                                                      {QStringLiteral("reason"), reason}}));
}

void TestEngagectlSync::invalidAccessTokenAnswerExitsFour()
{
    // The public API's answer to a wrong token is a 400, not a 401.
    const QByteArray body =
        R"({"error":"invalid_access_token","message":"Invalid access token.","status":400})";
    ScriptedServer server("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\n"
                          "Content-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
    const Run result =
        runServing({QStringLiteral("communities"), QStringLiteral("--server"), server.url()});
    QCOMPARE(result.exitCode, 4);
    QCOMPARE(result.err,
             QByteArray("engagectl communities: The server refused the API token (HTTP 400, "
                        "invalid_access_token: Invalid access token.): check that it is the "
                        "right token and that it has not expired or been revoked under Admin > "
                        "API access tokens.\n"));
}

// A gateway that echoes the request quotes the token in its error: the token is not shown.
void TestEngagectlSync::aTokenTheServerQuotesIsNotShown()
{
    const QByteArray body = R"({"error":"invalid_access_token","message":"The token )" + token +
                            R"( is not valid.","status":401,"errors":[{"attribute":")" + token +
                            R"(","type":"invalid","message":"bad )" + token + R"("}]})";
    ScriptedServer server("HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\n"
                          "Content-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
    const Run result =
        runServing({QStringLiteral("communities"), QStringLiteral("--server"), server.url()});
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains("The token [the API token] is not valid."),
             result.err.constData());
    QVERIFY(!(result.out + result.err).contains(token));
}

void TestEngagectlSync::rateLimitWaitIsSaidOnStandardError()
{
    // The first request meets the rate limit, without Retry-After; the window is one second.
    int requests = 0;
    const QByteArray limited =
        R"({"error":"rate_limit_exceeded","message":"Too many requests.","status":429})";
    const QByteArray page =
        R"({"count":1,"offset":0,"limit":150,"records":[{"id":"c0","name":"Zero"}]})";
    ScriptedServer server([&](const QByteArray&) {
        const QByteArray& body = ++requests == 1 ? limited : page;
        return (requests == 1 ? QByteArray("HTTP/1.1 429 Too Many Requests\r\n")
                              : QByteArray("HTTP/1.1 200 OK\r\n")) +
               "Content-Type: application/json\r\nContent-Length: " +
               QByteArray::number(body.size()) + "\r\n\r\n" + body;
    });
    const Run result =
        runServing({QStringLiteral("communities"), QStringLiteral("--server"), server.url(),
                    QStringLiteral("--rate-window"), QStringLiteral("1")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("c0  Zero\n"));
    QVERIFY2(result.err.startsWith(
                 QStringLiteral("The server's rate limit was reached; waiting 1 s…\n").toUtf8()),
             result.err.constData());
    QCOMPARE(requests, 2);
}

// 21 pages of communities, paced at 20 requests per 2 s: the server, which counts requests as
// they arrive, must never see more than 20 in any 2 s, even though the first request of the
// run waits for its connection and later ones leave on warm ones.
void TestEngagectlSync::paceGivenHoldsAsTheServerCountsIt()
{
    EmulatorProcess emulator(emulatorArguments(
        {QStringLiteral("--communities"), QStringLiteral("3000"), QStringLiteral("--rate-limit"),
         QStringLiteral("20"), QStringLiteral("--rate-window-ms"), QStringLiteral("2000")}));
    const Run result = run(QStringList{QStringLiteral("communities"),
                                       QStringLiteral("--max-requests"), QStringLiteral("20"),
                                       QStringLiteral("--rate-window"), QStringLiteral("2")} +
                           server(emulator));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.endsWith("Community 3000\n"), result.out.right(200).constData());
    const QJsonObject stats = emulator.stats();
    QVERIFY2(stats.value(QStringLiteral("peak_requests_per_window")).toInt() <= 20,
             QJsonDocument(stats).toJson(QJsonDocument::Compact).constData());
    QCOMPARE(stats.value(QStringLiteral("rate_limited")).toInt(), 0);
}

// A server stricter than the client's pace answers 429 without Retry-After to every request
// past 8 per 2 s: the command waits for the windows, says so, lists every community, and never
// sends more than the pace it was given (20 per 2 s), however many refusals it meets.
void TestEngagectlSync::rateLimitStormWithoutRetryAfterIsSurvivedAtThePace()
{
    EmulatorProcess emulator(emulatorArguments(
        {QStringLiteral("--communities"), QStringLiteral("1500"), QStringLiteral("--rate-limit"),
         QStringLiteral("8"), QStringLiteral("--rate-window-ms"), QStringLiteral("2000")}));
    const Run result = run(QStringList{QStringLiteral("communities"),
                                       QStringLiteral("--max-requests"), QStringLiteral("20"),
                                       QStringLiteral("--rate-window"), QStringLiteral("2")} +
                           server(emulator));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.endsWith("Community 1500\n"), result.err.constData());
    QVERIFY(result.err.contains("The server's rate limit was reached; waiting"));
    const QJsonObject stats = emulator.stats();
    const QByteArray shown = QJsonDocument(stats).toJson(QJsonDocument::Compact);
    QVERIFY2(stats.value(QStringLiteral("rate_limited")).toInt() > 0, shown.constData());
    QVERIFY2(stats.value(QStringLiteral("peak_requests_per_window")).toInt() <= 20,
             shown.constData());
}

QTEST_GUILESS_MAIN(TestEngagectlSync)
#include "test_engagectl_sync.moc"
