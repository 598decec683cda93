// engagectl as scripts see it: run through QProcess, judged by exit code, standard output
// and standard error (docs/engagectl.md).

#include "support/hs256_tokens.h"
#include "support/openssl_fixtures.h"
#include "support/process_run.h"
#include "support/process_streams.h"
#include "support/raw_controls.h"
#include "support/test_files.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <tuple>
#include <unistd.h>

namespace {

QString example(const QString& name)
{
    return QStringLiteral(ENGAGE_EXAMPLES_DIR "/") + name;
}

const QByteArray validHeader = R"({"format": "engage-messaging-community", "version": 1)";

// A canonical file with members this version does not know: a typo at the top level, a newer
// member in a row and one with a control character and a slash in its name in a key.
const QByteArray withUnknownMembers = R"({
  "format": "engage-messaging-community",
  "version": 1,
  "signed_identities": "require",
  "custom_fields": [],
  "extra_values_mapping": [
    {
      "key": "cell_number",
      "field": "mobile_phone",
      "note": "kept"
    }
  ],
  "jwt_keys": [
    {
      "id": "prod",
      "algorithm": "HS256",
      "secret": "9aeaf06388b8ab6487d1605b",
      "a/b\u001bc": [
        1.0,
        {
          "x": null
        }
      ]
    }
  ],
  "extra_value_mapping": [
    {
      "key": "customer_id",
      "field": "notes"
    },
    {
      "key": "cell",
      "field": "home_phone"
    }
  ]
}
)";
// The file type as stat() sees it (S_IFREG, S_IFIFO, ...), 0 when the path does not exist.
mode_t fileType(const QString& path)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode & S_IFMT : 0;
}

// A Unix socket bound at path, as a server would leave it; closed when the test ends.
struct BoundSocket
{
    explicit BoundSocket(const QString& path) : descriptor(::socket(AF_UNIX, SOCK_STREAM, 0))
    {
        sockaddr_un address = {};
        address.sun_family = AF_UNIX;
        const QByteArray name = QFile::encodeName(path);
        if (descriptor >= 0 && size_t(name.size()) < sizeof(address.sun_path)) {
            std::copy(name.begin(), name.end(), address.sun_path);
            bound = ::bind(descriptor, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
        }
    }
    ~BoundSocket()
    {
        if (descriptor >= 0)
            ::close(descriptor);
    }
    BoundSocket(const BoundSocket&) = delete;
    BoundSocket& operator=(const BoundSocket&) = delete;

    int descriptor;
    bool bound = false;
};

// A valid configuration of over 100 KB: a long custom fields catalogue.
QByteArray largeConfiguration()
{
    QByteArray fields;
    for (int index = 0; index < 2000; ++index) {
        fields += QByteArray(index ? ", " : "") + R"({"key": "field_)" + QByteArray::number(index) +
                  R"(", "label": "Field", "type": "string"})";
    }
    return validHeader + R"(, "custom_fields": [)" + fields + "]}\n";
}

// A file name as a glob over a hostile repository can deliver it: it erases the line, returns
// the cursor, reverses what follows and starts a new line.
const QString hostileName =
    QStringLiteral("cfg\x1b[2K\r") + QChar(0x202e) + QChar(0x2028) + QStringLiteral(".json");
const QByteArray hostileNameShown = R"(cfg\u001b[2K\u000d\u202e\u2028.json)";

} // namespace

class TestEngagectl : public QObject
{
    Q_OBJECT

private slots:
    void validateAcceptsTheValidExample();
    void validateRejectsTheProblemExample();
    void validateStrictFailsOnWarnings();
    void validateJsonHasTheSpecifiedShape();
    void validateReadsStandardInput();
    void validateRefusesBadInput_data();
    void validateRefusesBadInput();
    void validateSeveralFilesReportsEach();
    void unreadableConfigurationIsNamedTheSameWayByEveryCommand_data();
    void unreadableConfigurationIsNamedTheSameWayByEveryCommand();
    void fileWithoutAConfigurationIsInvalidToEveryCommand_data();
    void fileWithoutAConfigurationIsInvalidToEveryCommand();
    void outputOverAnInputIsRefused();
    void verifyJwtRefusesThreadsWithoutBatch();
    void tokenWithAByteOrderMarkReadsTheSameFromArgumentAndStandardInput();
    void checkKeySaysAMissingKeyFileDoesNotExist_data();
    void checkKeySaysAMissingKeyFileDoesNotExist();
    void everyCommandHasHelp_data();
    void everyCommandHasHelp();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void checkKeyValidatesHmacSecrets_data();
    void checkKeyValidatesHmacSecrets();
    void checkKeyPrintsRsaSizeAndFingerprint();
    void checkKeyReadsStandardInputAndRefusesPrivateKeys();
    void genSecretPrintsFreshLowercaseHex();
    void machineOutputIsOneCompactLineInSpecOrder_data();
    void machineOutputIsOneCompactLineInSpecOrder();
    void exportWritesTheCanonicalForm();
    void exportRefusesInvalidUnlessAllowed();
    void exportRedactsSecretsAndProtectsFiles();
    void exportOfUnreadableInputWritesNothing_data();
    void exportOfUnreadableInputWritesNothing();
    void exportToAFullDiskKeepsTheOldFile();
    void exportKeepsUnknownMembers();
    void exportDropUnknownDropsAndListsThem();
    void exportRefusesWhatItCannotWriteAsRead_data();
    void exportRefusesWhatItCannotWriteAsRead();
    void exportAllowsAMerelyInvalidFile();
    void exportNeverWritesPrivateKeyMaterial_data();
    void exportNeverWritesPrivateKeyMaterial();
    void exportKeepsThePublicKeyThatValidates();
    void doesNotLoadQtWidgets();
    void standardInputIsReadToItsEnd_data();
    void standardInputIsReadToItsEnd();
    void nonBlockingStandardInputIsReadToItsEnd_data();
    void nonBlockingStandardInputIsReadToItsEnd();
    void largeConfigurationArrivingInManyChunksIsReadWhole();
    void standardInputOverTheCapIsTooLarge();
    void tooLargeFileIsReportedWithItsRealSize();
    void closedStandardInputIsReportedAsSuch_data();
    void closedStandardInputIsReportedAsSuch();
    void exportRefusesToReplaceWhatIsNotARegularFile_data();
    void exportRefusesToReplaceWhatIsNotARegularFile();
    void exportThroughASymbolicLinkKeepsTheLink();
    void exportRefusesAnEmptyOut();
    void unwritableStandardOutputExitsTwo_data();
    void unwritableStandardOutputExitsTwo();
    void overviewSeparatesEveryCommandFromItsSummary();
    void validateEscapesTheFileTextItQuotes();
    void validateJsonEscapesTheFileTextInOrder();
    void validateEscapesHostileFileNames();
    void missingFileWithAHostileNameIsNamedEscaped_data();
    void missingFileWithAHostileNameIsNamedEscaped();
    void unknownArgumentsAreEchoedEscaped_data();
    void unknownArgumentsAreEchoedEscaped();
    void fileNameThatIsNotUtf8IsRefusedAsSuch();

private:
    QList<QStringList> commandsReadingAConfiguration();

    QTemporaryDir m_dir;
};

void TestEngagectl::validateAcceptsTheValidExample()
{
    const Run result =
        engagectl({QStringLiteral("validate"), example(QStringLiteral("website-chat.json"))});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("website-chat.json: valid (0 errors, 0 warnings)"),
             result.out.constData());
}

void TestEngagectl::validateRejectsTheProblemExample()
{
    const Run result =
        engagectl({QStringLiteral("validate"), example(QStringLiteral("needs-attention.json"))});
    QCOMPARE(result.exitCode, 1);
    // Compiler-style lines: file, line and column, severity, message, code and path.
    const QRegularExpression line(QStringLiteral(
        R"(needs-attention\.json:\d+:\d+: error: .+ \[key_id_invalid at /jwt_keys/0/id\])"));
    QVERIFY2(line.match(QString::fromUtf8(result.out)).hasMatch(), result.out.constData());
    QVERIFY2(result.out.contains("needs-attention.json: invalid (4 errors, 5 warnings)"),
             result.out.constData());
}

void TestEngagectl::validateStrictFailsOnWarnings()
{
    const QString path = m_dir.filePath(QStringLiteral("warning-only.json"));
    writeAll(path, validHeader + R"(, "signed_identities": "accept"})");
    QCOMPARE(engagectl({QStringLiteral("validate"), path}).exitCode, 0);
    QCOMPARE(engagectl({QStringLiteral("validate"), QStringLiteral("--strict"), path}).exitCode, 1);
}

void TestEngagectl::validateJsonHasTheSpecifiedShape()
{
    const QString good = example(QStringLiteral("website-chat.json"));
    const QString bad = example(QStringLiteral("needs-attention.json"));
    const Run result = engagectl({QStringLiteral("validate"), QStringLiteral("--json"), good, bad});
    QCOMPARE(result.exitCode, 1);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray files = document.object().value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files[0].toObject().value(QStringLiteral("file")).toString(), good);
    QCOMPARE(files[0].toObject().value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(files[0].toObject().value(QStringLiteral("diagnostics")).toArray().size(), 0);
    QCOMPARE(files[1].toObject().value(QStringLiteral("valid")).toBool(), false);
    const QJsonObject first =
        files[1].toObject().value(QStringLiteral("diagnostics")).toArray().at(0).toObject();
    QCOMPARE(first.keys(), (QStringList{QStringLiteral("code"), QStringLiteral("message"),
                                        QStringLiteral("path"), QStringLiteral("severity")}));
    QCOMPARE(first.value(QStringLiteral("code")).toString(),
             QStringLiteral("accept_mode_not_recommended"));
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(first.value(QStringLiteral("path")).toString(), QStringLiteral("/signed_identities"));
}

void TestEngagectl::validateReadsStandardInput()
{
    const Run good = engagectl({QStringLiteral("validate"), QStringLiteral("-")},
                         readAll(example(QStringLiteral("website-chat.json"))));
    QCOMPARE(good.exitCode, 0);
    QVERIFY2(good.out.contains("<stdin>: valid"), good.out.constData());
    const Run bad =
        engagectl({QStringLiteral("validate"), QStringLiteral("--json"), QStringLiteral("-")}, "{");
    QCOMPARE(bad.exitCode, 1);
    const QJsonObject file = QJsonDocument::fromJson(bad.out)
                                 .object()
                                 .value(QStringLiteral("files"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
    QCOMPARE(file.value(QStringLiteral("file")).toString(), QStringLiteral("-"));
    QCOMPARE(file.value(QStringLiteral("diagnostics"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("config_parse_error"));
}

void TestEngagectl::validateRefusesBadInput_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // in standard output or error

    QTest::newRow("truncated JSON")
        << QByteArray(validHeader + ", \"jwt_keys\": [") << 1 << "config_parse_error";
    QTest::newRow("empty file") << QByteArray() << 1 << "config_parse_error";
    QTest::newRow("invalid UTF-8")
        << QByteArray(validHeader + ", \"signed_identities\": \"\xc3\x28\"}") << 1
        << "config_parse_error";
    QTest::newRow("NUL byte") << QByteArray(validHeader + QByteArray(1, '\0') + "}") << 1
                              << "config_parse_error";
    QTest::newRow("10,000 nested arrays")
        << QByteArray(10000, '[') + QByteArray(10000, ']') << 1 << "config_parse_error";
    QTest::newRow("17 MiB") << QByteArray(17 * 1024 * 1024, ' ') << 1 << "config_too_large";
    QTest::newRow("every member of the wrong type")
        << QByteArray(
               R"({"format": 1, "version": "1", "community": 2, "signed_identities": [], "custom_fields": {},
                          "extra_values_mapping": true, "jwt_keys": "none"})")
        << 1 << "member_type_invalid at /jwt_keys";
}

void TestEngagectl::validateRefusesBadInput()
{
    QFETCH(QByteArray, contents);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QStringLiteral("bad-input.json"));
    writeAll(path, contents);
    const Run result = engagectl({QStringLiteral("validate"), path});
    QCOMPARE(result.exitCode, exitCode);
    const QString output = QString::fromUtf8(result.out + result.err);
    QVERIFY2(output.contains(expected), qPrintable(output));
    QVERIFY2(output.contains(path), qPrintable(output));
}

void TestEngagectl::validateSeveralFilesReportsEach()
{
    const Run result =
        engagectl({QStringLiteral("validate"), example(QStringLiteral("website-chat.json")), m_dir.path(),
             m_dir.filePath(QStringLiteral("missing.json"))});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.out.contains("website-chat.json: valid"), result.out.constData());
    QVERIFY2(result.err.contains(m_dir.path().toUtf8() + " is a directory"),
             result.err.constData());
    QVERIFY2(result.err.contains("missing.json could not be opened"), result.err.constData());
}

void TestEngagectl::everyCommandHasHelp_data()
{
    QTest::addColumn<QString>("command");
    for (const char* command : {"validate", "check-key", "gen-secret", "export"})
        QTest::newRow(command) << QString::fromLatin1(command);
}

void TestEngagectl::everyCommandHasHelp()
{
    QFETCH(QString, command);
    const Run result = engagectl({command, QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("engagectl " + command.toUtf8()), result.out.constData());
    QVERIFY2(result.out.contains("--help"), result.out.constData());
    const Run overview = engagectl({QStringLiteral("--help")});
    QCOMPARE(overview.exitCode, 0);
    QVERIFY(overview.out.contains(command.toUtf8()));
}

// Every command that reads a configuration file, "FILE" standing for it.
QList<QStringList> TestEngagectl::commandsReadingAConfiguration()
{
    const QString identity = m_dir.filePath(QStringLiteral("identity.json"));
    writeAll(identity, R"({"uuid": "v1"})");
    const QString tokens = m_dir.filePath(QStringLiteral("tokens.txt"));
    writeAll(tokens, "not-a-token\n");
    const QString payload = m_dir.filePath(QStringLiteral("payload.json"));
    writeAll(payload, R"({"uuid": "v1"})");
    const QString file = QStringLiteral("FILE");
    return {
        {QStringLiteral("validate"), file},
        {QStringLiteral("validate"), QStringLiteral("--json"), file},
        {QStringLiteral("kit"), QStringLiteral("--config"), file, QStringLiteral("--kid"),
         QStringLiteral("prod")},
        {QStringLiteral("export"), file, QStringLiteral("--out"),
         m_dir.filePath(QStringLiteral("never-written.json"))},
        {QStringLiteral("checklist"), file},
        {QStringLiteral("verify-jwt"), QStringLiteral("--config"), file, QStringLiteral("x.y.z")},
        {QStringLiteral("sign-jwt"), QStringLiteral("--config"), file, QStringLiteral("--kid"),
         QStringLiteral("prod"), payload},
        {QStringLiteral("check-identity"), QStringLiteral("--config"), file, identity},
        {QStringLiteral("report"), QStringLiteral("--config"), file, tokens},
        // Offline: the file is read before the server is asked anything.
        {QStringLiteral("catalogue"), QStringLiteral("--community"), QStringLiteral("c1"), file},
        {QStringLiteral("identity"), QStringLiteral("--community"), QStringLiteral("c1"),
         QStringLiteral("--uuid"), QStringLiteral("v1"), QStringLiteral("--config"), file},
    };
}

void TestEngagectl::unreadableConfigurationIsNamedTheSameWayByEveryCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    for (const QStringList& command : commandsReadingAConfiguration()) {
        const QString name = command.join(QLatin1Char(' '));
        QTest::addRow("%s, missing", qPrintable(name)) << command;
        QTest::addRow("%s, a directory", qPrintable(name)) << command;
    }
}

void TestEngagectl::unreadableConfigurationIsNamedTheSameWayByEveryCommand()
{
    QFETCH(QStringList, arguments);
    const bool directory = QByteArray(QTest::currentDataTag()).endsWith("a directory");
    const QString file = directory ? m_dir.filePath(QStringLiteral("a-directory.json"))
                                   : m_dir.filePath(QStringLiteral("missing.json"));
    if (directory)
        QVERIFY(QDir().mkpath(file));
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^FILE$")), file);
    const Run result = engagectl(arguments);
    QCOMPARE(result.exitCode, 2);
    const QString reason =
        directory ? QStringLiteral("%1 is a directory, not a file.").arg(file)
                  : QStringLiteral("%1 could not be opened: No such file or directory.").arg(file);
    // The same sentence after the command's name, and nothing else on standard error.
    QCOMPARE(QString::fromUtf8(result.err),
             QStringLiteral("engagectl %1: %2\n").arg(arguments.constFirst(), reason));
}

// A file that is read but holds no configuration is invalid to every command, as to validate:
// exit 1 after its diagnostic. Exit 2 is for a file that cannot be read at all.
void TestEngagectl::fileWithoutAConfigurationIsInvalidToEveryCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("code");
    const QList<std::tuple<const char*, QByteArray, QByteArray>> files{
        {"empty", QByteArray(), "config_parse_error"},
        {"a byte order mark alone", QByteArray("\xEF\xBB\xBF"), "config_parse_error"},
        {"not JSON", QByteArray("{\"format\":"), "config_parse_error"},
        {"over 16 MiB", QByteArray(16 * 1024 * 1024 + 1, ' '), "config_too_large"},
        {"another program's JSON", QByteArray(R"({"name": "my-website"})"), "format_invalid"},
    };
    for (const QStringList& command : commandsReadingAConfiguration()) {
        for (const auto& [what, content, code] : files) {
            QTest::addRow("%s, %s", qPrintable(command.join(QLatin1Char(' '))), what)
                << command << content << code;
        }
    }
}

void TestEngagectl::fileWithoutAConfigurationIsInvalidToEveryCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, code);
    const QString file = m_dir.filePath(QStringLiteral("no-configuration.json"));
    writeAll(file, content);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^FILE$")), file);
    const Run result = engagectl(arguments);
    QCOMPARE(result.exitCode, 1);
    // catalogue says of an empty file that pull, not catalogue, makes a configuration of it.
    const bool saysEmpty =
        arguments.constFirst() == QLatin1String("catalogue") && content.isEmpty();
    QVERIFY2((result.out + result.err).contains(saysEmpty ? QByteArray("is empty") : code),
             result.err.constData());
    QCOMPARE(QFileInfo(file).size(), content.size()); // never rewritten
}

// kit --out and report --out over a file they read would replace the configuration, with its
// secret, or the token log: refused, through a link too, and the file left as it was.
void TestEngagectl::outputOverAnInputIsRefused()
{
    const QString config = m_dir.filePath(QStringLiteral("kept-config.json"));
    QVERIFY(QFile::copy(example(QStringLiteral("website-chat.json")), config));
    const QString link = m_dir.filePath(QStringLiteral("kept-config-link.json"));
    QVERIFY(QFile::link(config, link));
    const QString tokens = m_dir.filePath(QStringLiteral("kept-tokens.txt"));
    writeAll(tokens, "not-a-token\n");
    const QByteArray configBefore = readAll(config);
    const QList<QStringList> commands{
        {QStringLiteral("kit"), QStringLiteral("--config"), config, QStringLiteral("--kid"),
         QStringLiteral("prod"), QStringLiteral("--out"), link},
        {QStringLiteral("report"), QStringLiteral("--config"), config, QStringLiteral("--out"),
         config, tokens},
        {QStringLiteral("report"), QStringLiteral("--config"), config, QStringLiteral("--out"),
         tokens, tokens},
    };
    for (const QStringList& arguments : commands) {
        const Run result = engagectl(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("which this command reads; nothing was written"),
                 result.err.constData());
    }
    QCOMPARE(readAll(config), configBefore);
    QCOMPARE(readAll(tokens), QByteArray("not-a-token\n"));
}

void TestEngagectl::verifyJwtRefusesThreadsWithoutBatch()
{
    const Run result =
        engagectl({QStringLiteral("verify-jwt"), QStringLiteral("--config"),
                   example(QStringLiteral("website-chat.json")), QStringLiteral("--threads"),
                   QStringLiteral("2"), QStringLiteral("x.y.z")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith("engagectl verify-jwt: --threads applies to --batch only"),
             result.err.constData());
}

void TestEngagectl::tokenWithAByteOrderMarkReadsTheSameFromArgumentAndStandardInput()
{
    // A token file saved by an editor that starts it with a byte order mark.
    const QByteArray token = hs256Token("prod", R"({"uuid":"v1","exp":1800007200})",
                                        QByteArrayLiteral("9aeaf06388b8ab6487d1605b"));
    const QByteArray byteOrderMark("\xEF\xBB\xBF");
    const QStringList options{QStringLiteral("verify-jwt"),
                              QStringLiteral("--config"),
                              example(QStringLiteral("website-chat.json")),
                              QStringLiteral("--now"),
                              QStringLiteral("1800000000"),
                              QStringLiteral("--json")};
    const Run fromArgument =
        engagectl(options + QStringList{QString::fromUtf8(byteOrderMark + token)});
    const Run fromStandardInput =
        engagectl(options + QStringList{QStringLiteral("-")}, byteOrderMark + token + "\n");
    QCOMPARE(fromArgument.exitCode, 0);
    QCOMPARE(fromStandardInput.exitCode, fromArgument.exitCode);
    QCOMPARE(fromStandardInput.out, fromArgument.out);
    QVERIFY2(fromStandardInput.out.startsWith("{\"accepted\":true"),
             fromStandardInput.out.constData());
    // White space after the mark, or around the token, is read the same way from either.
    const Run spacedArgument =
        engagectl(options + QStringList{QString::fromUtf8(byteOrderMark + ' ' + token + ' ')});
    const Run spacedInput =
        engagectl(options + QStringList{QStringLiteral("-")}, byteOrderMark + " " + token + "\r\n");
    QCOMPARE(spacedArgument.out, fromArgument.out);
    QCOMPARE(spacedInput.out, fromArgument.out);
    // A --batch log saved with a mark: its first token is the token, not a malformed one.
    const Run batch =
        engagectl({QStringLiteral("verify-jwt"), QStringLiteral("--config"),
                   example(QStringLiteral("website-chat.json")), QStringLiteral("--now"),
                   QStringLiteral("1800000000"), QStringLiteral("--batch"), QStringLiteral("-")},
                  byteOrderMark + token + "\n" + token + "\n");
    QCOMPARE(batch.exitCode, 0);
    QCOMPARE(batch.out.count("\"accepted\":true"), 2);
}

void TestEngagectl::checkKeySaysAMissingKeyFileDoesNotExist_data()
{
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<int>("exitCode");
    const QString hs256 = QStringLiteral("HS256");
    const QString rs256 = QStringLiteral("RS256");
    QTest::newRow("RS256, a path") << rs256 << QStringLiteral("keys/prod") << 2;
    QTest::newRow("a .pem name") << hs256 << QStringLiteral("prod.pem") << 2;
    QTest::newRow("a .key name") << hs256 << QStringLiteral("prod.key") << 2;
    QTest::newRow("a .pub name") << hs256 << QStringLiteral("prod.pub") << 2;
    // A name that does not read as a path is taken for the value, and judged as a key; for
    // HS256, so is one with a "/", which a secret mistakenly in base64 holds: never repeated.
    QTest::newRow("a short secret") << hs256 << QStringLiteral("short") << 1;
    QTest::newRow("a valid secret") << hs256 << QStringLiteral("9aeaf06388b8ab6487d1605b") << 0;
    QTest::newRow("HS256, a secret in base64 with a slash")
        << hs256 << QStringLiteral("mK2v/9Qx+Lr8Tn4Bw7Yc3Za=") << 1;
    QTest::newRow("HS256, a path") << hs256 << QStringLiteral("keys/prod") << 1;
}

void TestEngagectl::checkKeySaysAMissingKeyFileDoesNotExist()
{
    QFETCH(QString, algorithm);
    QFETCH(QString, argument);
    QFETCH(int, exitCode);
    const Run result = engagectl(
        {QStringLiteral("check-key"), QStringLiteral("--algorithm"), algorithm, argument});
    QCOMPARE(result.exitCode, exitCode);
    if (exitCode == 1) {
        QVERIFY2(!(result.out + result.err).contains(argument.toUtf8()), result.out.constData());
    }
    if (exitCode == 2) {
        QCOMPARE(result.err, QStringLiteral("engagectl check-key: %1 does not exist, and as a "
                                            "value it is not a valid key; give the key's file, "
                                            "its value, or \"-\" for standard input.\n")
                                 .arg(argument)
                                 .toUtf8());
        QVERIFY(result.out.isEmpty());
    }
}

void TestEngagectl::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList();
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--nope"), QStringLiteral("x")};
    QTest::newRow("validate without file") << QStringList{QStringLiteral("validate")};
    QTest::newRow("check-key without algorithm")
        << QStringList{QStringLiteral("check-key"), QStringLiteral("abc")};
    QTest::newRow("export without --out")
        << QStringList{QStringLiteral("export"), example(QStringLiteral("website-chat.json"))};
    QTest::newRow("missing file") << QStringList{QStringLiteral("validate"),
                                                 QStringLiteral("/nonexistent/config.json")};
}

void TestEngagectl::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Run result = engagectl(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
}

void TestEngagectl::checkKeyValidatesHmacSecrets_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("valid") << "9aeaf06388b8ab6487d1605b" << 0 << "valid";
    QTest::newRow("23 characters")
        << "9aeaf06388b8ab6487d1605" << 1 << "hmac_secret_invalid at /secret";
    QTest::newRow("capitals") << "9AEAF06388B8AB6487D1605B" << 1 << "capital";
}

void TestEngagectl::checkKeyValidatesHmacSecrets()
{
    QFETCH(QString, secret);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const Run result = engagectl({QStringLiteral("check-key"), QStringLiteral("--algorithm"),
                            QStringLiteral("HS256"), secret});
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.out.contains(expected.toUtf8()), result.out.constData());
    QVERIFY2(!(result.out + result.err).contains(secret.toUtf8()), "a secret was echoed");
}

void TestEngagectl::checkKeyPrintsRsaSizeAndFingerprint()
{
    OpensslFixtures keys;
    const QString path = m_dir.filePath(QStringLiteral("public.pem"));
    writeAll(path, keys.rsaPkcs1PublicKey());
    const Run result =
        engagectl({QStringLiteral("check-key"), QStringLiteral("--algorithm"), QStringLiteral("RS256"),
             QStringLiteral("--id"), QStringLiteral("rsa_2026"), QStringLiteral("--json"), path});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(report.value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("modulus_bits")).toInt(), 2048);
    QCOMPARE(report.value(QStringLiteral("fingerprint")).toString(),
             keys.rsaPublicKeyFingerprint());

    const Run text = engagectl({QStringLiteral("check-key"), QStringLiteral("--algorithm"),
                          QStringLiteral("RS256"), path});
    QVERIFY2(text.out.contains("2048 bits"), text.out.constData());
    QVERIFY2(text.out.contains(keys.rsaPublicKeyFingerprint().toUtf8()), text.out.constData());
}

void TestEngagectl::checkKeyReadsStandardInputAndRefusesPrivateKeys()
{
    OpensslFixtures keys;
    const Run good = engagectl({QStringLiteral("check-key"), QStringLiteral("--algorithm"),
                          QStringLiteral("RS256"), QStringLiteral("-")},
                         keys.rsaPublicKey());
    QCOMPARE(good.exitCode, 0);
    const Run privateKey =
        engagectl({QStringLiteral("check-key"), QStringLiteral("--algorithm"), QStringLiteral("RS256")},
            keys.rsaPrivateKey());
    QCOMPARE(privateKey.exitCode, 1);
    QVERIFY2(privateKey.out.contains("rsa_private_key"), privateKey.out.constData());
    QVERIFY(!(privateKey.out + privateKey.err).contains("BEGIN PRIVATE KEY"));
}

// Every --json output is the project's ordered writer: compact, members in docs/engagectl.md's
// order (not QJsonDocument's alphabetical order), one object on one line.
void TestEngagectl::machineOutputIsOneCompactLineInSpecOrder_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("shape");
    const QString needsAttention = example(QStringLiteral("needs-attention.json"));
    QTest::newRow("validate")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--json"), needsAttention}
        << QByteArray()
        << QStringLiteral(R"(^\{"files":\[\{"file":"[^"]+","valid":false,"diagnostics":\[)"
                          R"(\{"severity":"warning","code":"accept_mode_not_recommended",)"
                          R"("path":"/signed_identities","message":"[^"]+"\},)");
    QTest::newRow("check-key")
        << QStringList{QStringLiteral("check-key"), QStringLiteral("--algorithm"),
                       QStringLiteral("HS256"),     QStringLiteral("--id"),
                       QStringLiteral("prod"),      QStringLiteral("--json"),
                       QStringLiteral("-")}
        << QByteArray("9aeaf06388b8ab6487d1605b")
        << QStringLiteral(
               R"(^\{"valid":true,"algorithm":"HS256","id":"prod","diagnostics":\[\]\}$)");
    QTest::newRow("gen-secret") << QStringList{QStringLiteral("gen-secret"),
                                               QStringLiteral("--json")}
                                << QByteArray()
                                << QStringLiteral(R"(^\{"secret":"[0-9a-f]{24}"\}$)");
}

void TestEngagectl::machineOutputIsOneCompactLineInSpecOrder()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, shape);
    const Run result = engagectl(arguments, input);
    QVERIFY2(result.out.endsWith('\n'), result.out.constData());
    QCOMPARE(result.out.count('\n'), 1);
    const QString line = QString::fromUtf8(result.out.chopped(1));
    QVERIFY2(QRegularExpression(shape).match(line).hasMatch(), result.out.constData());
}

void TestEngagectl::genSecretPrintsFreshLowercaseHex()
{
    const Run first = engagectl({QStringLiteral("gen-secret")});
    const Run second = engagectl({QStringLiteral("gen-secret")});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{24}\n$"))
                 .match(QString::fromUtf8(first.out))
                 .hasMatch(),
             first.out.constData());
    QVERIFY(first.out != second.out);
    const Run checked = engagectl({QStringLiteral("check-key"), QStringLiteral("--algorithm"),
                             QStringLiteral("HS256"), QStringLiteral("-")},
                            first.out);
    QCOMPARE(checked.exitCode, 0);
}

void TestEngagectl::exportWritesTheCanonicalForm()
{
    const QString out = m_dir.filePath(QStringLiteral("export.json"));
    const QString again = m_dir.filePath(QStringLiteral("export-again.json"));
    QCOMPARE(engagectl({QStringLiteral("export"), example(QStringLiteral("website-chat.json")),
                  QStringLiteral("--out"), out})
                 .exitCode,
             0);
    QCOMPARE(engagectl({QStringLiteral("export"), out, QStringLiteral("--out"), again}).exitCode, 0);
    QCOMPARE(readAll(again), readAll(out));
    QVERIFY(readAll(out).startsWith(
        "{\n  \"format\": \"engage-messaging-community\",\n  \"version\": 1,\n"));
    const Run toStdout = engagectl({QStringLiteral("export"), QStringLiteral("-"),
                              QStringLiteral("--out"), QStringLiteral("-")},
                             readAll(out));
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.out, readAll(out));
}

void TestEngagectl::exportRefusesInvalidUnlessAllowed()
{
    const QString out = m_dir.filePath(QStringLiteral("invalid-export.json"));
    QFile::remove(out);
    const Run refused =
        engagectl({QStringLiteral("export"), example(QStringLiteral("needs-attention.json")),
             QStringLiteral("--out"), out});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("--allow-invalid"), refused.err.constData());
    QVERIFY(!QFileInfo::exists(out));
    const Run allowed =
        engagectl({QStringLiteral("export"), example(QStringLiteral("needs-attention.json")),
             QStringLiteral("--out"), out, QStringLiteral("--allow-invalid")});
    QCOMPARE(allowed.exitCode, 0);
    QVERIFY(QFileInfo::exists(out));
}

void TestEngagectl::exportRedactsSecretsAndProtectsFiles()
{
    const QString withSecrets = m_dir.filePath(QStringLiteral("with-secrets.json"));
    const QString redacted = m_dir.filePath(QStringLiteral("redacted.json"));
    QCOMPARE(engagectl({QStringLiteral("export"), example(QStringLiteral("website-chat.json")),
                  QStringLiteral("--out"), withSecrets})
                 .exitCode,
             0);
    QCOMPARE(engagectl({QStringLiteral("export"), example(QStringLiteral("website-chat.json")),
                  QStringLiteral("--out"), redacted, QStringLiteral("--redact-secrets")})
                 .exitCode,
             0);
    const QFile::Permissions groupAndOthers =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    QCOMPARE(QFileInfo(withSecrets).permissions() & groupAndOthers, QFile::Permissions());
    QVERIFY(readAll(withSecrets).contains("9aeaf06388b8ab6487d1605b"));
    QVERIFY(!readAll(redacted).contains("9aeaf06388b8ab6487d1605b"));
    QVERIFY(readAll(redacted).contains("\"secret\": null"));
    // A redacted file still validates structurally but its HS256 key has no secret.
    const Run validated = engagectl({QStringLiteral("validate"), redacted});
    QCOMPARE(validated.exitCode, 1);
    QVERIFY(validated.out.contains("hmac_secret_invalid"));
}

void TestEngagectl::exportOfUnreadableInputWritesNothing_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("truncated JSON") << QByteArray("{\"format\":") << 1;
    QTest::newRow("17 MiB") << QByteArray(17 * 1024 * 1024, ' ') << 1;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << 1;
}

void TestEngagectl::exportOfUnreadableInputWritesNothing()
{
    QFETCH(QByteArray, contents);
    QFETCH(int, exitCode);
    const QString in = m_dir.filePath(QStringLiteral("unreadable.json"));
    const QString out = m_dir.filePath(QStringLiteral("unreadable-out.json"));
    writeAll(in, contents);
    writeAll(out, "previous");
    const Run result = engagectl({QStringLiteral("export"), in, QStringLiteral("--out"), out,
                            QStringLiteral("--allow-invalid")});
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(in.toUtf8()), result.err.constData());
    QCOMPARE(readAll(out), QByteArray("previous"));
}

void TestEngagectl::exportToAFullDiskKeepsTheOldFile()
{
    // A file size limit makes every write past 1 KiB fail with EFBIG, as a full disk would,
    // whoever runs the test (root ignores directory permissions).
    const QString out = m_dir.filePath(QStringLiteral("full-disk.json"));
    writeAll(out, "previous");
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"),
                 QStringLiteral("ulimit -f 1; exec \"$0\" export \"$1\" --out \"$2\""),
                 QStringLiteral(ENGAGECTL_PATH), example(QStringLiteral("website-chat.json")),
                 out});
    QVERIFY(shell.waitForFinished(60000));
    QCOMPARE(shell.exitStatus(), QProcess::NormalExit);
    QCOMPARE(shell.exitCode(), 2);
    const QByteArray err = shell.readAllStandardError();
    QVERIFY2(err.contains(out.toUtf8()) && err.contains("unchanged"), err.constData());
    QCOMPARE(readAll(out), QByteArray("previous"));
}

void TestEngagectl::doesNotLoadQtWidgets()
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {QStringLiteral(ENGAGECTL_PATH)});
    QVERIFY(ldd.waitForFinished());
    const QByteArray libraries = ldd.readAllStandardOutput();
    QVERIFY2(libraries.contains("libQt6Core"), libraries.constData());
    QVERIFY2(!libraries.contains("libQt6Widgets") && !libraries.contains("libQt6Gui"),
             libraries.constData());
}

void TestEngagectl::exportNeverWritesPrivateKeyMaterial_data()
{
    QTest::addColumn<QString>("publicKey");
    QTest::addColumn<QString>("unknownName");       // of a member of the key and of the file
    QTest::addColumn<QByteArray>("privateKeyBody"); // what must not be in the written file
    QTest::addColumn<QStringList>("leftOut");

    OpensslFixtures keys;
    const QString publicKey = QString::fromLatin1(keys.rsaPublicKey());
    const QByteArray pkcs8 = keys.rsaPrivateKey();
    const QString putty = QStringLiteral(
        "PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: k\nPublic-Lines: 1\n"
        "AAAAB3NzaC1yc2E\nPrivate-Lines: 1\nPRIVATEPARTPPK\nPrivate-MAC: 00\n");
    const QString ssh2 = QStringLiteral("---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n"
                                        "Comment: \"k\"\nP2/56wAAAi4PRIVATEPARTSSH2\n"
                                        "---- END SSH2 ENCRYPTED PRIVATE KEY ----\n");
    QTest::newRow("PuTTY key as public key")
        << putty << QStringLiteral("note") << QByteArray("PRIVATEPARTPPK")
        << QStringList{QStringLiteral("\"/jwt_keys/0/public_key\"")};
    QTest::newRow("SSH2 private key as public key")
        << ssh2 << QStringLiteral("note") << QByteArray("PRIVATEPARTSSH2")
        << QStringList{QStringLiteral("\"/jwt_keys/0/public_key\"")};
    // The path of a member named with a key is its object's, so that no message quotes the key.
    QTest::newRow("PEM private key as the name of unknown members")
        << publicKey << QString::fromLatin1(pkcs8) << pkcs8.split('\n').at(3)
        << QStringList{QStringLiteral("\"/jwt_keys/0\""), QStringLiteral("\"\"")};
}

void TestEngagectl::exportNeverWritesPrivateKeyMaterial()
{
    QFETCH(QString, publicKey);
    QFETCH(QString, unknownName);
    QFETCH(QByteArray, privateKeyBody);
    QFETCH(QStringList, leftOut);

    const QJsonObject key{{QStringLiteral("id"), QStringLiteral("rsa")},
                          {QStringLiteral("algorithm"), QStringLiteral("RS256")},
                          {QStringLiteral("public_key"), publicKey},
                          {unknownName, QStringLiteral("the old key")}};
    const QJsonObject config{
        {QStringLiteral("format"), QStringLiteral("engage-messaging-community")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("signed_identities"), QStringLiteral("require")},
        {QStringLiteral("jwt_keys"), QJsonArray{key}},
        {unknownName, QStringLiteral("kept aside")}};
    const QString in = m_dir.filePath(QStringLiteral("private-in.json"));
    const QString out = m_dir.filePath(QStringLiteral("private-out.json"));
    writeAll(in, QJsonDocument(config).toJson());
    QFile::remove(out);

    const Run validated = engagectl({QStringLiteral("validate"), in});
    QCOMPARE(validated.exitCode, 1);
    QVERIFY2(validated.out.contains("rsa_private_key"), validated.out.constData());
    QVERIFY2(!(validated.out + validated.err).contains(privateKeyBody), "a private key was shown");

    const Run exported = engagectl({QStringLiteral("export"), in, QStringLiteral("--out"), out,
                                    QStringLiteral("--allow-invalid")});
    QCOMPARE(exported.exitCode, 0);
    const QByteArray written = readAll(out);
    QVERIFY(!written.isEmpty());
    QVERIFY2(!written.contains(privateKeyBody), written.constData());
    QVERIFY2(!exported.err.contains(privateKeyBody), "a private key was shown");
    for (const QString& path : leftOut) {
        const QString notice = QStringLiteral("engagectl export: the private key at %1 was left "
                                              "out")
                                   .arg(path);
        QVERIFY2(exported.err.contains(notice.toUtf8()), exported.err.constData());
    }
}

void TestEngagectl::exportKeepsThePublicKeyThatValidates()
{
    // A sentence that mentions a BEGIN line is no PEM block: the key is one valid public key.
    OpensslFixtures keys;
    const QString publicKey = QString::fromLatin1(keys.rsaPublicKey()) +
                              QStringLiteral("\n(The old key, -----BEGIN RSA PRIVATE KEY----- "
                                             "..., was revoked.)\n");
    const QJsonObject key{{QStringLiteral("id"), QStringLiteral("rsa")},
                          {QStringLiteral("algorithm"), QStringLiteral("RS256")},
                          {QStringLiteral("public_key"), publicKey}};
    const QJsonObject config{
        {QStringLiteral("format"), QStringLiteral("engage-messaging-community")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("signed_identities"), QStringLiteral("require")},
        {QStringLiteral("jwt_keys"), QJsonArray{key}}};
    const QString in = m_dir.filePath(QStringLiteral("mention-in.json"));
    const QString out = m_dir.filePath(QStringLiteral("mention-out.json"));
    writeAll(in, QJsonDocument(config).toJson());
    QFile::remove(out);

    QCOMPARE(engagectl({QStringLiteral("validate"), in}).exitCode, 0);
    const Run exported = engagectl({QStringLiteral("export"), in, QStringLiteral("--out"), out});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(!exported.err.contains("left out"), exported.err.constData());
    const QJsonObject written = QJsonDocument::fromJson(readAll(out)).object();
    QCOMPARE(written.value(QStringLiteral("jwt_keys"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("public_key")),
             QJsonValue(publicKey));
    QCOMPARE(engagectl({QStringLiteral("validate"), out}).exitCode, 0);
}

void TestEngagectl::exportKeepsUnknownMembers()
{
    const QString in = m_dir.filePath(QStringLiteral("unknown-in.json"));
    const QString out = m_dir.filePath(QStringLiteral("unknown-out.json"));
    const QString redacted = m_dir.filePath(QStringLiteral("unknown-redacted.json"));
    writeAll(in, withUnknownMembers);

    const Run kept = engagectl({QStringLiteral("export"), in, QStringLiteral("--out"), out});
    QCOMPARE(kept.exitCode, 0);
    QCOMPARE(readAll(out), withUnknownMembers);
    // Each is still warned of, as the typo guard it is.
    QVERIFY2(kept.err.contains("[unknown_member at /extra_value_mapping]"), kept.err.constData());
    QVERIFY2(kept.err.contains("[unknown_member at /extra_values_mapping/0/note]"),
             kept.err.constData());

    const Run redaction = engagectl({QStringLiteral("export"), in, QStringLiteral("--out"),
                                     redacted, QStringLiteral("--redact-secrets")});
    QCOMPARE(redaction.exitCode, 0);
    // Redaction knows only "secret": what it cannot vouch for is named.
    QVERIFY2(redaction.err.contains(
                 "engagectl export: the unknown member \"/jwt_keys/0/a~1b\\u001bc\" of a JWT key "
                 "is written as it is, not redacted; check that it holds no secret, or pass "
                 "--drop-unknown."),
             redaction.err.constData());
    QVERIFY(!redaction.err.contains("/extra_values_mapping/0/note\" of a JWT key"));
    QByteArray expected = withUnknownMembers;
    expected.replace(R"("secret": "9aeaf06388b8ab6487d1605b")", R"("secret": null)");
    QCOMPARE(readAll(redacted), expected);
}

void TestEngagectl::exportDropUnknownDropsAndListsThem()
{
    const QString in = m_dir.filePath(QStringLiteral("drop-in.json"));
    writeAll(in, withUnknownMembers);
    const Run dropped = engagectl({QStringLiteral("export"), in, QStringLiteral("--out"),
                                   QStringLiteral("-"), QStringLiteral("--drop-unknown")});
    QCOMPARE(dropped.exitCode, 0);
    QCOMPARE(dropped.out, QByteArray(R"({
  "format": "engage-messaging-community",
  "version": 1,
  "signed_identities": "require",
  "custom_fields": [],
  "extra_values_mapping": [
    {
      "key": "cell_number",
      "field": "mobile_phone"
    }
  ],
  "jwt_keys": [
    {
      "id": "prod",
      "algorithm": "HS256",
      "secret": "9aeaf06388b8ab6487d1605b"
    }
  ]
}
)"));
    // Each dropped member by its JSON Pointer ("/" in a name is "~1"), the escape character
    // shown as \u001b rather than sent to the terminal.
    QStringList listed;
    for (const QByteArray& line : dropped.err.split('\n')) {
        if (line.contains("was left out"))
            listed << QString::fromUtf8(line);
    }
    QCOMPARE(listed, (QStringList{QStringLiteral("engagectl export: the unknown member "
                                                 "\"/extra_values_mapping/0/note\" was left out."),
                                  QStringLiteral("engagectl export: the unknown member "
                                                 "\"/jwt_keys/0/a~1b\\u001bc\" was left out."),
                                  QStringLiteral("engagectl export: the unknown member "
                                                 "\"/extra_value_mapping\" was left out.")}));
}

// docs/file-format.md: a value of the wrong JSON type, a foreign format or another version would be
// dropped or rewritten by the canonical form, so --allow-invalid does not export them: the output
// could even validate with another meaning (require with a key becoming reject with none).
void TestEngagectl::exportRefusesWhatItCannotWriteAsRead_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QString>("reason"); // said of each path
    const QString wrongType =
        QStringLiteral("its value has the wrong JSON type and cannot be written as it is");
    QTest::newRow("top-level members")
        << QByteArray(R"({"format": "engage-messaging-community", "version": 1,
            "community": "just a string", "signed_identities": ["require"],
            "custom_fields": {"key": "a"}, "extra_values_mapping": "cell->mobile_phone",
            "jwt_keys": {"id": "prod", "algorithm": "HS256",
                         "secret": "9aeaf06388b8ab6487d1605b"}})")
        << QStringList{QStringLiteral("/community"), QStringLiteral("/signed_identities"),
                       QStringLiteral("/custom_fields"), QStringLiteral("/extra_values_mapping"),
                       QStringLiteral("/jwt_keys")}
        << wrongType;
    QTest::newRow("rows and their members")
        << QByteArray(R"({"format": "engage-messaging-community", "version": 1,
            "signed_identities": "require",
            "custom_fields": [{"key": "k2", "label": "K", "type": "string", "regex": 5}],
            "extra_values_mapping": ["stringrow", 7, {"key": "x", "field": 3}],
            "jwt_keys": [12, {"id": "r", "algorithm": "RS256", "public_key": 5}]})")
        << QStringList{QStringLiteral("/custom_fields/0/regex"),
                       QStringLiteral("/extra_values_mapping/0"),
                       QStringLiteral("/extra_values_mapping/1"),
                       QStringLiteral("/extra_values_mapping/2/field"),
                       QStringLiteral("/jwt_keys/0"),
                       QStringLiteral("/jwt_keys/1/public_key")}
        << wrongType;
    const QString otherVersion =
        QStringLiteral("the file does not declare version 1, which would be written in its place");
    QTest::newRow("version 2") << QByteArray(
                                      R"({"format": "engage-messaging-community", "version": 2})")
                               << QStringList{QStringLiteral("/version")} << otherVersion;
    QTest::newRow("version 2.5")
        << QByteArray(R"({"format": "engage-messaging-community", "version": 2.5})")
        << QStringList{QStringLiteral("/version")} << otherVersion;
    QTest::newRow("format x") << QByteArray(R"({"format": "x", "version": 1})")
                              << QStringList{QStringLiteral("/format")}
                              << QStringLiteral("the file does not declare the format "
                                                "\"engage-messaging-community\", which would be "
                                                "written in its place");
}

void TestEngagectl::exportRefusesWhatItCannotWriteAsRead()
{
    QFETCH(QByteArray, contents);
    QFETCH(QStringList, paths);
    QFETCH(QString, reason);
    const QString in = m_dir.filePath(QStringLiteral("wrong-type.json"));
    const QString out = m_dir.filePath(QStringLiteral("wrong-type-out.json"));
    writeAll(in, contents);
    QFile::remove(out);
    for (const QString& target : {out, QStringLiteral("-")}) {
        const Run refused = engagectl({QStringLiteral("export"), in, QStringLiteral("--out"),
                                       target, QStringLiteral("--allow-invalid")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(refused.out.isEmpty());
        // One line per path: engagectl export: "PATH": REASON; fix it first.
        const QString prefix = QStringLiteral("engagectl export: \"");
        const QString suffix = QStringLiteral("\": %1; fix it first.").arg(reason);
        QStringList named;
        for (const QString& line : QString::fromUtf8(refused.err).split(QLatin1Char('\n'))) {
            if (line.startsWith(prefix) && line.endsWith(suffix))
                named << line.mid(prefix.size()).chopped(suffix.size());
        }
        QCOMPARE(named, paths);
        QVERIFY2(refused.err.contains("nothing was written, even with --allow-invalid"),
                 refused.err.constData());
    }
}

// The canonical form writes an invalid value as it is (a key ID with a space, a secret with
// capitals, a weak key): --allow-invalid still exports that, byte for byte the same values.
void TestEngagectl::exportAllowsAMerelyInvalidFile()
{
    const QString in = m_dir.filePath(QStringLiteral("merely-invalid.json"));
    const QString out = m_dir.filePath(QStringLiteral("merely-invalid-out.json"));
    writeAll(in, R"({"format": "engage-messaging-community", "version": 1,
        "signed_identities": "require",
        "jwt_keys": [{"id": "Prod Key", "algorithm": "HS256",
                      "secret": "9AEAF06388B8AB6487D1605B"}]})");
    QFile::remove(out);
    const Run exported = engagectl({QStringLiteral("export"), in, QStringLiteral("--out"), out,
                                    QStringLiteral("--allow-invalid")});
    QCOMPARE(exported.exitCode, 0);
    const QByteArray written = readAll(out);
    QVERIFY(written.contains(R"("id": "Prod Key")"));
    QVERIFY(written.contains(R"("secret": "9AEAF06388B8AB6487D1605B")"));
    QVERIFY(written.contains(R"("signed_identities": "require")"));
}

void TestEngagectl::standardInputIsReadToItsEnd_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QList<QByteArray>>("parts");
    QTest::addColumn<QByteArray>("expected"); // in standard output

    const QByteArray chat = readAll(example(QStringLiteral("website-chat.json")));
    QTest::newRow("validate -") << QStringList{QStringLiteral("validate"), QStringLiteral("-")}
                                << splitInto(chat, 2) << QByteArray("<stdin>: valid");
    QTest::newRow("export - --out -") << QStringList{QStringLiteral("export"), QStringLiteral("-"),
                                                     QStringLiteral("--out"), QStringLiteral("-")}
                                      << splitInto(chat, 2) << QByteArray("\"rsa_2026\"");
    QTest::newRow("check-key -") << QStringList{QStringLiteral("check-key"),
                                                QStringLiteral("--algorithm"),
                                                QStringLiteral("HS256"), QStringLiteral("-")}
                                 << QList<QByteArray>{"9aeaf06388b8", "ab6487d1605b\n"}
                                 << QByteArray("The HS256 key is valid.");
}

void TestEngagectl::standardInputIsReadToItsEnd()
{
    QFETCH(QStringList, arguments);
    QFETCH(QList<QByteArray>, parts);
    QFETCH(QByteArray, expected);
    const Run result = engagectlWithSlowInput(arguments, parts);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains(expected), result.out.constData());
}

void TestEngagectl::nonBlockingStandardInputIsReadToItsEnd_data()
{
    standardInputIsReadToItsEnd_data();
}

// A read of a non-blocking pipe that is empty for now fails with EAGAIN: "-" waits instead.
void TestEngagectl::nonBlockingStandardInputIsReadToItsEnd()
{
    QFETCH(QStringList, arguments);
    QFETCH(QList<QByteArray>, parts);
    QFETCH(QByteArray, expected);
    const Run result = engagectlWithSlowInput(arguments, parts, 300, InputPipe::NonBlocking);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains(expected), result.out.constData());
}

void TestEngagectl::largeConfigurationArrivingInManyChunksIsReadWhole()
{
    const QByteArray configuration = largeConfiguration();
    QVERIFY(configuration.size() > 100 * 1024);
    const Run result = engagectlWithSlowInput({QStringLiteral("validate"), QStringLiteral("-")},
                                              splitInto(configuration, 40), 20);
    QVERIFY2(result.exitCode == 0, (result.out + result.err).constData());
    QVERIFY2(result.out.contains("<stdin>: valid (0 errors, 0 warnings)"), result.out.constData());
}

void TestEngagectl::standardInputOverTheCapIsTooLarge()
{
    const Run result = engagectl({QStringLiteral("validate"), QStringLiteral("-")},
                                 QByteArray(17 * 1024 * 1024, ' '));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains("config_too_large"), result.out.constData());
    // A stream's length is not known: only that it is past the cap.
    QVERIFY2(result.out.contains("The input is over 16 MiB"), result.out.constData());
}

void TestEngagectl::tooLargeFileIsReportedWithItsRealSize()
{
    const QString path = m_dir.filePath(QStringLiteral("sparse-17-mib.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(17 * 1024 * 1024)); // sparse: no disk space taken
    file.close();
    const Run result = engagectl({QStringLiteral("validate"), path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains("config_too_large"), result.out.constData());
    QVERIFY2(result.out.contains("The file is 17825792 bytes long"), result.out.constData());
}

void TestEngagectl::closedStandardInputIsReportedAsSuch_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("validate -") << QStringLiteral("validate -");
    QTest::newRow("export -") << QStringLiteral("export - --out -");
    QTest::newRow("check-key") << QStringLiteral("check-key --algorithm HS256");
}

void TestEngagectl::closedStandardInputIsReportedAsSuch()
{
    QFETCH(QString, command);
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"), QStringLiteral("exec \"$0\" %1 <&-").arg(command),
                 QStringLiteral(ENGAGECTL_PATH)});
    QVERIFY(shell.waitForFinished(60000));
    QCOMPARE(shell.exitStatus(), QProcess::NormalExit);
    QCOMPARE(shell.exitCode(), 2);
    const QByteArray err = shell.readAllStandardError();
    QVERIFY2(err.contains("Standard input is closed or cannot be read"), err.constData());
}

void TestEngagectl::exportRefusesToReplaceWhatIsNotARegularFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("named pipe") << QStringLiteral("pipe") << int(S_IFIFO)
                                << QByteArray("is a named pipe (FIFO), not a regular file");
    QTest::newRow("socket") << QStringLiteral("socket") << int(S_IFSOCK)
                            << QByteArray("is a socket, not a regular file");
    QTest::newRow("directory") << QStringLiteral("directory") << int(S_IFDIR)
                               << QByteArray("is a directory, not a file");
    QTest::newRow("loop of symbolic links")
        << QStringLiteral("loop") << int(S_IFLNK) << QByteArray("is a loop of symbolic links");
    QTest::newRow("symbolic link to itself")
        << QStringLiteral("self") << int(S_IFLNK) << QByteArray("is a loop of symbolic links");
}

void TestEngagectl::exportRefusesToReplaceWhatIsNotARegularFile()
{
    QFETCH(QString, name);
    QFETCH(int, type);
    QFETCH(QByteArray, expected);
    const QString out = m_dir.filePath(QStringLiteral("special-") + name);
    std::optional<BoundSocket> socket;
    if (type == S_IFIFO)
        QCOMPARE(::mkfifo(QFile::encodeName(out).constData(), 0600), 0);
    else if (type == S_IFSOCK)
        QVERIFY(socket.emplace(out).bound);
    else if (type == S_IFLNK && name == QLatin1String("self"))
        QVERIFY(QFile::link(out, out));
    else if (type == S_IFLNK) { // out -> other -> out
        QVERIFY(QFile::link(out + QStringLiteral("-other"), out));
        QVERIFY(QFile::link(out, out + QStringLiteral("-other")));
    } else {
        QVERIFY(QDir().mkdir(out));
    }
    const Run result =
        engagectl({QStringLiteral("export"), example(QStringLiteral("website-chat.json")),
                   QStringLiteral("--out"), out});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(out.toUtf8() + ' ' + expected), result.err.constData());
    if (type == S_IFLNK) // stat() cannot follow it
        QVERIFY(QFileInfo(out).isSymLink());
    else
        QCOMPARE(int(fileType(out)), type);
}

void TestEngagectl::exportThroughASymbolicLinkKeepsTheLink()
{
    const QString target = m_dir.filePath(QStringLiteral("link-target.json"));
    const QString link = m_dir.filePath(QStringLiteral("link.json"));
    writeAll(target, "previous");
    QVERIFY(QFile::link(target, link));
    const Run result =
        engagectl({QStringLiteral("export"), example(QStringLiteral("website-chat.json")),
                   QStringLiteral("--out"), link});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(QFileInfo(link).symLinkTarget(), target);
    const Run exported =
        engagectl({QStringLiteral("export"), example(QStringLiteral("website-chat.json")),
                   QStringLiteral("--out"), QStringLiteral("-")});
    QCOMPARE(readAll(target), exported.out);
}

void TestEngagectl::exportRefusesAnEmptyOut()
{
    const Run result =
        engagectl({QStringLiteral("export"), example(QStringLiteral("website-chat.json")),
                   QStringLiteral("--out"), QString()});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith("engagectl export: --out needs a file name.\n"),
             result.err.constData());
}

void TestEngagectl::unwritableStandardOutputExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString valid = example(QStringLiteral("website-chat.json"));
    QTest::newRow("gen-secret") << QStringList{QStringLiteral("gen-secret")};
    QTest::newRow("export --out -") << QStringList{QStringLiteral("export"), valid,
                                                   QStringLiteral("--out"), QStringLiteral("-")};
    QTest::newRow("validate") << QStringList{QStringLiteral("validate"), valid};
    QTest::newRow("validate --json")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--json"), valid};
    QTest::newRow("check-key") << QStringList{
        QStringLiteral("check-key"), QStringLiteral("--algorithm"), QStringLiteral("HS256"),
        QStringLiteral("9aeaf06388b8ab6487d1605b")};
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")};
    QTest::newRow("validate --help")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--help")};
}

void TestEngagectl::unwritableStandardOutputExitsTwo()
{
    QFETCH(QStringList, arguments);
    verifyLostOutputIsExitTwo(arguments);
}

// "check-identityCheck ..." once: the name column was narrower than the longest name.
void TestEngagectl::overviewSeparatesEveryCommandFromItsSummary()
{
    const Run result = engagectl({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    const QString out = QString::fromUtf8(result.out);
    const QStringList commands{QStringLiteral("validate"),    QStringLiteral("check-key"),
                               QStringLiteral("gen-secret"),  QStringLiteral("export"),
                               QStringLiteral("verify-jwt"),  QStringLiteral("check-identity"),
                               QStringLiteral("inspect-jwt"), QStringLiteral("sign-jwt"),
                               QStringLiteral("communities"), QStringLiteral("pull"),
                               QStringLiteral("diff"),        QStringLiteral("push")};
    qsizetype summaryColumn = -1;
    for (const QString& command : commands) {
        const QRegularExpression line(QStringLiteral("^  %1( +)\\S").arg(command),
                                      QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = line.match(out);
        QVERIFY2(match.hasMatch(), qPrintable(command + QStringLiteral(" in:\n") + out));
        QVERIFY2(match.capturedLength(1) >= 2, qPrintable(command));
        // Every summary starts in the same column.
        if (summaryColumn < 0)
            summaryColumn = match.capturedEnd(1) - match.capturedStart(0);
        QCOMPARE(match.capturedEnd(1) - match.capturedStart(0), summaryColumn);
    }
}

void TestEngagectl::validateEscapesTheFileTextItQuotes()
{
    const QString path = m_dir.filePath(QStringLiteral("hostile.json"));
    writeAll(path, validHeader + R"(, "x\u001b[2K": 1, "signed_identities": "require",
        "jwt_keys": [{"id": "\u001b[1A\u001b[2K\rprod", "algorithm": "HS256",
                      "secret": "9aeaf06388b8ab6487d1605b"}]})");
    const Run result = engagectl({QStringLiteral("validate"), path});

    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(R"(The key ID "\u001b[1A\u001b[2K\u000dprod")"),
             result.out.constData());
    QVERIFY2(result.out.contains(R"(The member "x\u001b[2K" is not part of the format)"),
             result.out.constData());
    QVERIFY2(result.out.contains(R"([unknown_member at /x\u001b[2K])"), result.out.constData());
    QCOMPARE(rawControlsIn(result.out + result.err), QString());
}

// JSON allows U+202E, C1 controls, DEL and U+2028 raw; the writer escapes them all the same,
// so that --json output read on a terminal is as safe as the text output.
void TestEngagectl::validateJsonEscapesTheFileTextInOrder()
{
    const QString path = m_dir.filePath(QStringLiteral("hostile-member.json"));
    writeAll(path, validHeader + ", \"x\xe2\x80\xae\xc2\x9b\x7f\xe2\x80\xa8\": 1}");
    const Run result = engagectl({QStringLiteral("validate"), QStringLiteral("--json"), path});

    QCOMPARE(result.exitCode, 0);
    QCOMPARE(rawControlsIn(result.out + result.err), QString());
    const QByteArray pointer = R"("path":"/x\u202e\u009b\u007f\u2028")";
    QVERIFY2(result.out.contains(pointer), result.out.constData());
    const QJsonObject diagnostic = QJsonDocument::fromJson(result.out)
                                       .object()
                                       .value(QStringLiteral("files"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("diagnostics"))
                                       .toArray()
                                       .at(0)
                                       .toObject();
    QCOMPARE(diagnostic.value(QStringLiteral("path")).toString(),
             QStringLiteral("/x") + QChar(0x202e) + QChar(0x9b) + QChar(0x7f) + QChar(0x2028));
    // Members in the order docs/engagectl.md gives them.
    const qsizetype severity = result.out.indexOf("\"severity\"");
    const qsizetype code = result.out.indexOf("\"code\"");
    const qsizetype message = result.out.indexOf("\"message\"");
    QVERIFY(severity >= 0 && severity < code && code < result.out.indexOf("\"path\"") &&
            result.out.indexOf("\"path\"") < message);
}

QTEST_GUILESS_MAIN(TestEngagectl)
// Qt turns the byte 0xFF of an argument into U+FFFD, so that such a file cannot be opened: the
// refusal says why rather than "No such file or directory". QProcess cannot pass the byte: a
// shell's printf writes it.
void TestEngagectl::fileNameThatIsNotUtf8IsRefusedAsSuch()
{
    const QByteArray name = QFile::encodeName(m_dir.path()) + "/bad\xff.json";
    std::FILE* const file = std::fopen(name.constData(), "w");
    QVERIFY(file != nullptr);
    std::fclose(file);
    const Run result =
        runProgram(QStringLiteral("/bin/sh"),
                   {QStringLiteral("-c"),
                    QStringLiteral(R"sh(exec "$0" validate "$(printf '%s/bad\377.json' "$1")")sh"),
                    QStringLiteral(ENGAGECTL_PATH), m_dir.path()});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("argument 2 (" + QFile::encodeName(m_dir.path()) +
                                 "/bad\xef\xbf\xbd.json) is not UTF-8 text"),
             result.err.constData());
}

// CI globs repositories: a file name is text from outside too (docs/engagectl.md), in the result
// line and in the "FILE:LINE:COLUMN:" prefix of every diagnostic.
void TestEngagectl::validateEscapesHostileFileNames()
{
    const QString path = m_dir.filePath(hostileName);
    writeAll(path, validHeader + ",\n \"unknown\": 1}");
    const Run result = engagectl({QStringLiteral("validate"), path});

    QCOMPARE(result.exitCode, 0);
    QCOMPARE(rawControlsIn(result.out + result.err), QString());
    QVERIFY2(result.out.contains(hostileNameShown + ":2:13: warning: "), result.out.constData());
    QVERIFY2(result.out.contains(hostileNameShown + ": valid (0 errors, 1 warning)"),
             result.out.constData());
    // --json names the file as it is: JSON escaping, so that the name round-trips.
    const Run json = engagectl({QStringLiteral("validate"), QStringLiteral("--json"), path});
    QCOMPARE(rawControlsIn(json.out + json.err), QString());
    QCOMPARE(QJsonDocument::fromJson(json.out)
                 .object()
                 .value(QStringLiteral("files"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("file"))
                 .toString(),
             path);
}

void TestEngagectl::missingFileWithAHostileNameIsNamedEscaped_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString missing = QStringLiteral("/nonexistent/") + hostileName;
    QTest::newRow("validate") << QStringList{QStringLiteral("validate"), missing};
    QTest::newRow("verify-jwt --config") << QStringList{
        QStringLiteral("verify-jwt"), QStringLiteral("--config"), missing, QStringLiteral("a.b.c")};
    QTest::newRow("check-identity file")
        << QStringList{QStringLiteral("check-identity"), QStringLiteral("--config"),
                       example(QStringLiteral("website-chat.json")), missing};
    QTest::newRow("check-identity --config") << QStringList{
        QStringLiteral("check-identity"), QStringLiteral("--config"), missing, missing};
    QTest::newRow("export --out") << QStringList{QStringLiteral("export"),
                                                 example(QStringLiteral("website-chat.json")),
                                                 QStringLiteral("--out"), missing};
}

void TestEngagectl::missingFileWithAHostileNameIsNamedEscaped()
{
    QFETCH(QStringList, arguments);
    const Run result = engagectl(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(rawControlsIn(result.out + result.err), QString());
    QVERIFY2(result.err.contains("/nonexistent/" + hostileNameShown + " could not be"),
             result.err.constData());
}

void TestEngagectl::unknownArgumentsAreEchoedEscaped_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("\x1b[2Kvalidate")}
        << QByteArray(R"(engagectl: unknown command "\u001b[2Kvalidate".)");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--x\x1b[2K"),
                       QStringLiteral("file.json")}
        << QByteArray(R"(x\u001b[2K)");
}

void TestEngagectl::unknownArgumentsAreEchoedEscaped()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expected);
    const Run result = engagectl(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(rawControlsIn(result.out + result.err), QString());
    QVERIFY2(result.err.contains(expected), result.err.constData());
}

#include "test_engagectl.moc"
