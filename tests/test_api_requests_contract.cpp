// Every request engagectl's network commands send, as the emulator recorded it, checked against
// the API contract (models/api/engage_api_contract.json) with ApiContract::checkRequest: path,
// method, parameter names and ranges. Against the emulator as it is by default and with
// --public-only, as a real Engage domain is. The emulator writes one compact JSON object per API
// request to --request-log FILE:
// {"method":"GET","path":"/1.0/communities","query":{"limit":"150"}}.

#include "api/api_contract.h"
#include "json/json_parser.h"
#include "support/emulator_process.h"
#include "support/process_run.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray token = "contract-token-5d1e9b07";
const QString website = QStringLiteral("5f0c0a1b2c3d4e5f60718293");

// One command run against the emulator, and the requests the emulator recorded for it.
struct CommandRun
{
    QString command;
    Run run;
    QStringList requests; // the log's lines
};

QStringList logLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            lines.append(QString::fromUtf8(line));
    }
    return lines;
}

// What breaks the contract in one line of the log, including a line that is not of its format.
std::optional<QString> problemOf(const QString& line)
{
    const engage::JsonParseResult parsed = engage::parseJson(line.toUtf8());
    const engage::JsonValue* method = parsed.value ? parsed.value->member(u"method") : nullptr;
    const engage::JsonValue* path = parsed.value ? parsed.value->member(u"path") : nullptr;
    const engage::JsonValue* query = parsed.value ? parsed.value->member(u"query") : nullptr;
    if (!method || !method->isString() || !path || !path->isString() || !query ||
        !query->isObject())
        return QStringLiteral("a log line not of the form {\"method\",\"path\",\"query\":{}}");
    QUrlQuery items;
    for (const auto& [name, value] : query->members()) {
        // A parameter given twice may be logged as a list of its values.
        const std::vector<engage::JsonValue> values =
            value.isArray() ? value.items() : std::vector<engage::JsonValue>{value};
        for (const engage::JsonValue& each : values)
            items.addQueryItem(name, each.text());
    }
    return engage::ApiContract::builtIn().checkRequest(method->text(), path->text(), items);
}

// The endpoint of a log line that keeps the contract, as "GET /communities/{communityId}".
QString endpointOf(const QString& line)
{
    const QJsonObject request = QJsonDocument::fromJson(line.toUtf8()).object();
    const engage::ApiEndpoint* endpoint =
        engage::ApiContract::builtIn().endpoint(request.value(QStringLiteral("method")).toString(),
                                                request.value(QStringLiteral("path")).toString());
    return endpoint ? endpoint->method + u' ' + endpoint->path : QString();
}

} // namespace

class TestApiRequestsContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyRequestOfEveryNetworkCommandKeepsTheContract_data();
    void everyRequestOfEveryNetworkCommandKeepsTheContract();

private:
    // Runs engagectl and takes the log lines it caused; a command engagectl does not have is
    // noted in m_missingCommands.
    CommandRun run(const QString& logPath, const QStringList& arguments);
    // The uuid of an identity of `community` in the emulator's seed, read over the API.
    QString identityUuid(const EmulatorProcess& emulator);

    QTemporaryDir m_dir;
    QStringList m_missingCommands;
};

void TestApiRequestsContract::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("ENGAGE_API_TOKEN", token);
}

CommandRun TestApiRequestsContract::run(const QString& logPath, const QStringList& arguments)
{
    const QString command = arguments.constFirst();
    const Run help = engagectl({command, QStringLiteral("--help")});
    if (help.exitCode != 0) {
        if (!m_missingCommands.contains(command))
            m_missingCommands.append(command);
        return {command, help, {}};
    }
    const qsizetype before = logLines(logPath).size();
    const Run result = engagectl(arguments);
    return {command, result, logLines(logPath).mid(before)};
}

QString TestApiRequestsContract::identityUuid(const EmulatorProcess& emulator)
{
    RawConnection connection(emulator.port());
    connection.send("GET /1.0/identities?community_id=" + website.toLatin1() +
                    "&limit=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
                    "\r\nConnection: close\r\n\r\n");
    const QByteArray answer = connection.readUntilClosed();
    const QJsonArray records = QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4))
                                   .object()
                                   .value(QStringLiteral("records"))
                                   .toArray();
    return records.first().toObject().value(QStringLiteral("uuid")).toString();
}

void TestApiRequestsContract::everyRequestOfEveryNetworkCommandKeepsTheContract_data()
{
    QTest::addColumn<QStringList>("mode");
    QTest::newRow("with the settings extension") << QStringList();
    QTest::newRow("public API only, as a real domain")
        << QStringList{QStringLiteral("--public-only")};
}

void TestApiRequestsContract::everyRequestOfEveryNetworkCommandKeepsTheContract()
{
    QFETCH(QStringList, mode);
    const QString log = m_dir.filePath(QStringLiteral("requests-%1.log").arg(mode.size()));
    EmulatorProcess emulator(QStringList{QStringLiteral("--token"), QString::fromLatin1(token),
                                         QStringLiteral("--request-log"), log} +
                             mode);
    // Not QVERIFY2: its message is evaluated even when the check passes, and stop() would end
    // the emulator.
    if (emulator.url().isEmpty())
        QFAIL(emulator.stop().constData());
    const QStringList server{QStringLiteral("--server"), emulator.url()};
    const QStringList community{QStringLiteral("--community"), website};
    const QString file = m_dir.filePath(QStringLiteral("website-%1.json").arg(mode.size()));
    const QString uuid = identityUuid(emulator);
    QVERIFY2(!uuid.isEmpty(), "the emulator's seed has no identity in the website community");

    QList<CommandRun> runs;
    runs.append(run(log, QStringList{QStringLiteral("communities")} + server));
    runs.append(run(log, QStringList{QStringLiteral("pull")} + server + community +
                             QStringList{QStringLiteral("--out"), file}));
    // A file to push and diff, whether or not pull could write the settings.
    if (!QFile::exists(file))
        QVERIFY(QFile::copy(QStringLiteral(ENGAGE_EXAMPLES_DIR "/website-chat.json"), file));
    QFile edited(file);
    QVERIFY(edited.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(edited.readAll());
    edited.close();
    const QRegularExpression signedIdentities(QStringLiteral("\"signed_identities\": \"[a-z]+\""));
    text.replace(signedIdentities,
                 text.contains(QStringLiteral("\"signed_identities\": \"require\""))
                     ? QStringLiteral("\"signed_identities\": \"reject\"")
                     // Without the extension the pulled file has no key: Require would be
                     // invalid, and push would send nothing.
                     : QStringLiteral("\"signed_identities\": \"accept\""));
    QVERIFY(edited.open(QIODevice::WriteOnly | QIODevice::Truncate));
    edited.write(text.toUtf8());
    edited.close();
    runs.append(
        run(log, QStringList{QStringLiteral("diff")} + server + community + QStringList{file}));
    runs.append(run(log, QStringList{QStringLiteral("push")} + server + community +
                             QStringList{QStringLiteral("--force"), file}));
    runs.append(run(log, QStringList{QStringLiteral("catalogue")} + server + community +
                             QStringList{file}));
    runs.append(run(
        log, QStringList{QStringLiteral("identity")} + server + community +
                 QStringList{QStringLiteral("--uuid"), uuid, QStringLiteral("--config"), file}));
    runs.append(
        run(log, QStringList{QStringLiteral("create-custom-field")} + server +
                     QStringList{QStringLiteral("--key"),
                                 QStringLiteral("contract_check_%1").arg(mode.size()),
                                 QStringLiteral("--label"), QStringLiteral("Contract check"),
                                 QStringLiteral("--type"), QStringLiteral("string")}));
    runs.append(run(log, QStringList{QStringLiteral("sources")} + server));
    runs.append(run(log, QStringList{QStringLiteral("sources")} + server + community));

    QStringList problems;
    QSet<QString> exercised;
    for (const CommandRun& each : std::as_const(runs)) {
        if (m_missingCommands.contains(each.command))
            continue;
        if (each.run.exitCode < 0)
            problems.append(QStringLiteral("engagectl %1 crashed or hung").arg(each.command));
        if (each.requests.isEmpty())
            problems.append(QStringLiteral("engagectl %1 sent no request the emulator recorded "
                                           "(exit %2): %3")
                                .arg(each.command)
                                .arg(each.run.exitCode)
                                .arg(QString::fromUtf8(each.run.err.left(300))));
        for (const QString& line : each.requests) {
            if (const std::optional<QString> problem = problemOf(line))
                problems.append(
                    QStringLiteral("engagectl %1 sent %2: %3").arg(each.command, line, *problem));
            else
                exercised.insert(endpointOf(line));
        }
    }
    QStringList unexercised;
    for (const engage::ApiEndpoint& endpoint : engage::ApiContract::builtIn().endpoints()) {
        if (!exercised.contains(endpoint.method + u' ' + endpoint.path))
            unexercised.append(endpoint.method + u' ' + endpoint.path);
    }
    if (!unexercised.isEmpty())
        qInfo("Endpoints of the contract no command requested: %s",
              qPrintable(unexercised.join(QStringLiteral("; "))));
    if (!m_missingCommands.isEmpty())
        problems.append(QStringLiteral("engagectl has no command %1: its requests were not "
                                       "checked.")
                            .arg(m_missingCommands.join(QStringLiteral(", "))));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestApiRequestsContract)
#include "test_api_requests_contract.moc"
