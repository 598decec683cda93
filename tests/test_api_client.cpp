// The admin API client against the real emulator on 127.0.0.1 (real sockets, port 0), and
// against a scripted server for the answers the emulator never gives. Retry pauses are kept
// to milliseconds so that the whole suite stays fast.

#include "api/api_client.h"
#include "api/api_request.h"
#include "api/fetch_settings_command.h"
#include "api/list_communities_command.h"
#include "api/list_custom_fields_command.h"
#include "api/pull_configuration_command.h"
#include "api/push_settings_command.h"
#include "api/retry_policy.h"
#include "api/server_url.h"
#include "config/config_validator.h"
#include "support/emulator_process.h"
#include "support/openssl_fixtures.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace engage;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(engage::ApiErrorKind)

namespace {

const QByteArray token = "test-token-5c1d9e";
const QString website = QStringLiteral("5f0c0a1b2c3d4e5f60718293");
const QString mobileApp = QStringLiteral("5f0c0a1b2c3d4e5f60718294");

int millisecondsOf(std::chrono::milliseconds delay)
{
    return static_cast<int>(delay.count());
}

ApiClientOptions fastOptions(const QString& url)
{
    ApiClientOptions options;
    options.serverUrl = url;
    options.transferTimeout = 5s;
    options.retry.maxAttempts = 6;
    options.retry.initialDelay = 5ms;
    options.retry.maxDelay = 40ms;
    options.retry.random = [] { return 0.5; };
    return options;
}

QStringList emulatorArguments(const QStringList& more = {})
{
    return QStringList{QStringLiteral("--token"), QString::fromLatin1(token)} + more;
}

// Runs a command to its end in the test's event loop.
bool finishes(ApiCommand& command, int timeoutMs = 30000)
{
    QSignalSpy finished(&command, &ApiCommand::finished);
    command.start();
    return finished.wait(timeoutMs) || command.isFinished();
}

QString describe(const ApiCommand& command)
{
    return command.error() ? command.error()->message : QStringLiteral("no error");
}

// Answers every connection with the same raw bytes, then closes it: the answers a broken or
// hostile server could give.
class ScriptedServer : public QObject
{
public:
    explicit ScriptedServer(const QByteArray& answer) : m_answer(answer)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    if (socket->property("answered").toBool())
                        return;
                    socket->setProperty("answered", true);
                    socket->write(m_answer);
                    socket->disconnectFromHost();
                });
            }
        });
    }

    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/1.0").arg(m_server.serverPort());
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
    QByteArray m_answer;
};

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void serverUrlsAreCheckedBeforeAnyConnection_data();
    void serverUrlsAreCheckedBeforeAnyConnection();
    void plainHttpToARemoteHostFailsWithoutConnecting();
    void backoffGrowsExponentiallyWithJitterAndACap();
    void retryAfterIsHonouredUpToItsCap();
    void retryAfterReadsSecondsAndHttpDates_data();
    void retryAfterReadsSecondsAndHttpDates();
    void listsEveryCommunityAcrossPagesInServerOrder();
    void listsEveryCustomFieldAcrossPages();
    void maxInFlightOneStillListsEverything();
    void pullAssemblesACompleteConfiguration();
    void completesDespiteInjected503sAnd429s();
    void honoursRetryAfterOn429();
    void retriesDroppedConnections();
    void reportsConnectionsDroppedEveryTime();
    void reportsRefusedConnectionsAfterRetrying();
    void timesOutOnASilentServer();
    void httpErrorsAreNotRetried_data();
    void httpErrorsAreNotRetried();
    void validationErrorsCarryJsonPointerPaths();
    void stalePushIsAConflictAndChangesNothing();
    void pushWithTheCurrentEtagStoresTheSettings();
    void pushWhoseEarlierAttemptWasStoredSucceeds();
    void cancelStopsEveryRequestAtOnce();
    void badAnswersAreErrorsNotCrashes_data();
    void badAnswersAreErrorsNotCrashes();
    void redirectToAnotherHostIsNotFollowed();
    void httpsWorksWithTheCaFileAndFailsClearlyWithout();
};

void TestApiClient::serverUrlsAreCheckedBeforeAnyConnection_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("https") << "https://acme.api.digital.ringcentral.com/1.0/" << true
                           << "https://acme.api.digital.ringcentral.com/1.0";
    QTest::newRow("http localhost")
        << "http://localhost:8080/1.0" << true << "http://localhost:8080/1.0";
    QTest::newRow("http 127.0.0.5") << "http://127.0.0.5/1.0" << true << "http://127.0.0.5/1.0";
    QTest::newRow("http ::1") << "http://[::1]:9/1.0" << true << "http://[::1]:9/1.0";
    QTest::newRow("http remote") << "http://acme.example/1.0" << false << "";
    QTest::newRow("http private address") << "http://10.0.0.1/1.0" << false << "";
    QTest::newRow("ftp") << "ftp://acme.example/1.0" << false << "";
    QTest::newRow("relative") << "acme.example/1.0" << false << "";
    QTest::newRow("user info") << "https://user:pass@acme.example/1.0" << false << "";
    QTest::newRow("query") << "https://acme.example/1.0?x=1" << false << "";
    QTest::newRow("empty") << "" << false << "";
}

void TestApiClient::serverUrlsAreCheckedBeforeAnyConnection()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QFETCH(QString, normalised);
    const ServerUrlCheck check = ServerUrl::check(url);
    QCOMPARE(!check.error.has_value(), accepted);
    if (accepted)
        QCOMPARE(check.url.toString(), normalised);
    else
        QVERIFY(!check.error->message.isEmpty());
}

void TestApiClient::plainHttpToARemoteHostFailsWithoutConnecting()
{
    // .invalid never resolves; the check must come before any lookup or connection anyway.
    ApiClient client(fastOptions(QStringLiteral("http://engage.invalid/1.0")), token);
    QVERIFY(client.setupError());
    QCOMPARE(client.setupError()->kind, ApiErrorKind::InsecureServerUrl);
    ListCommunitiesCommand list(client);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(finishes(list));
    QCOMPARE(list.error()->kind, ApiErrorKind::InsecureServerUrl);
    QVERIFY(list.error()->message.contains(QLatin1String("https://")));
    QVERIFY(clock.elapsed() < 1000);
}

void TestApiClient::backoffGrowsExponentiallyWithJitterAndACap()
{
    RetryPolicy policy;
    policy.initialDelay = 100ms;
    policy.maxDelay = 1000ms;
    policy.random = [] { return 0.0; };
    QCOMPARE(millisecondsOf(policy.delayBefore(1, std::nullopt)), 50); // half fixed, half random
    QCOMPARE(millisecondsOf(policy.delayBefore(2, std::nullopt)), 100);
    QCOMPARE(millisecondsOf(policy.delayBefore(3, std::nullopt)), 200);
    QCOMPARE(millisecondsOf(policy.delayBefore(5, std::nullopt)), 500);  // 1600 capped at 1000
    QCOMPARE(millisecondsOf(policy.delayBefore(60, std::nullopt)), 500); // no overflow
    policy.random = [] { return 0.999; };
    QVERIFY(policy.delayBefore(1, std::nullopt) >= 99ms);
    QVERIFY(policy.delayBefore(1, std::nullopt) <= 100ms);
    policy.random = {};
    for (int draw = 0; draw < 100; ++draw) {
        const auto delay = policy.delayBefore(2, std::nullopt);
        QVERIFY(delay >= 100ms && delay <= 200ms);
    }
}

void TestApiClient::retryAfterIsHonouredUpToItsCap()
{
    RetryPolicy policy;
    policy.initialDelay = 100ms;
    policy.maxRetryAfter = 5000ms;
    policy.random = [] { return 0.0; };
    QCOMPARE(millisecondsOf(policy.delayBefore(1, 2000ms)), 2000);
    QCOMPARE(millisecondsOf(policy.delayBefore(1, 3600000ms)), 5000);
    QCOMPARE(millisecondsOf(policy.delayBefore(3, 10ms)), 200); // the backoff when it is longer
}

void TestApiClient::retryAfterReadsSecondsAndHttpDates_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("milliseconds"); // -1: not a Retry-After value
    QTest::newRow("seconds") << QByteArray("3") << qint64(3000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("date in 90 s") << QByteArray("Wed, 21 Oct 2015 07:29:30 GMT") << qint64(90000);
    QTest::newRow("date in the past") << QByteArray("Wed, 21 Oct 2015 07:00:00 GMT") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestApiClient::retryAfterReadsSecondsAndHttpDates()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, milliseconds);
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 28), Qt::UTC);
    const auto parsed = RetryPolicy::parseRetryAfter(value, now);
    if (milliseconds < 0)
        QVERIFY(!parsed);
    else
        QCOMPARE(qint64(millisecondsOf(parsed.value_or(-1ms))), milliseconds);
}

void TestApiClient::listsEveryCommunityAcrossPagesInServerOrder()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--communities"), QStringLiteral("400"),
                           QStringLiteral("--latency-ms"), QStringLiteral("5")}));
    QVERIFY(!emulator.url().isEmpty());
    ApiClient client(fastOptions(emulator.url()), token);
    ListCommunitiesCommand list(client);
    QSignalSpy progress(&list, &ApiCommand::progress);
    QVERIFY(finishes(list));
    QVERIFY2(!list.error(), qPrintable(describe(list)));
    const QList<CommunityRecord>& communities = list.communities();
    QCOMPARE(communities.size(), 403); // 3 built in, 400 generated
    QCOMPARE(communities[0].id, website);
    QCOMPARE(communities[0].name, QStringLiteral("Website chat"));
    for (int index = 1; index <= 400; ++index)
        QCOMPARE(communities[index + 2].name, QStringLiteral("Community %1").arg(index));
    // Progress counts records, never goes back, and ends complete.
    QVERIFY(progress.size() >= 3);
    qint64 previous = 0;
    for (const QList<QVariant>& emission : std::as_const(progress)) {
        QVERIFY(emission[0].toLongLong() >= previous);
        previous = emission[0].toLongLong();
        QCOMPARE(emission[1].toLongLong(), qint64(403));
    }
    QCOMPARE(previous, qint64(403));
}

void TestApiClient::listsEveryCustomFieldAcrossPages()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--custom-fields"), QStringLiteral("200")}));
    ApiClient client(fastOptions(emulator.url()), token);
    ListCustomFieldsCommand list(client);
    QVERIFY(finishes(list));
    QVERIFY2(!list.error(), qPrintable(describe(list)));
    QCOMPARE(list.customFields().size(), 203);
    QCOMPARE(list.customFields().last().key, QStringLiteral("field_0200"));
    // Only Identity Group fields are destinations: the built-in Intervention field is not.
    const QList<CustomField> catalogue = MessagingSettings::catalogueOf(list.customFields());
    QCOMPARE(catalogue.size(), 202);
    QCOMPARE(catalogue[0].regex, std::optional<QString>(QStringLiteral("^C[0-9]{8}$")));
}

void TestApiClient::maxInFlightOneStillListsEverything()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--communities"), QStringLiteral("310")}));
    ApiClientOptions options = fastOptions(emulator.url());
    options.maxInFlight = 1;
    ApiClient client(options, token);
    ListCommunitiesCommand list(client);
    QVERIFY(finishes(list));
    QVERIFY2(!list.error(), qPrintable(describe(list)));
    QCOMPARE(list.communities().size(), 313);
    QCOMPARE(list.communities().last().name, QStringLiteral("Community 310"));
}

void TestApiClient::pullAssemblesACompleteConfiguration()
{
    EmulatorProcess emulator(emulatorArguments());
    ApiClient client(fastOptions(emulator.url()), token);
    PullConfigurationCommand pull(client, website);
    QVERIFY(finishes(pull));
    QVERIFY2(!pull.error(), qPrintable(describe(pull)));
    const CommunityConfig& config = pull.configuration();
    QCOMPARE(config.community.id, website);
    QCOMPARE(config.community.name, QStringLiteral("Website chat"));
    QCOMPARE(config.community.server, emulator.url());
    QCOMPARE(config.signedIdentities, SignedIdentities::require);
    QCOMPARE(config.customFields.size(), 2);
    QCOMPARE(config.extraValuesMapping.size(), 2);
    QCOMPARE(config.jwtKeys.size(), 1);
    QCOMPARE(pull.etag(), QStringLiteral("\"v1\""));
    QVERIFY(!hasErrors(ConfigValidator::validate(config)));
}

void TestApiClient::completesDespiteInjected503sAnd429s()
{
    EmulatorProcess emulator(emulatorArguments(
        {QStringLiteral("--communities"), QStringLiteral("400"), QStringLiteral("--custom-fields"),
         QStringLiteral("200"), QStringLiteral("--fail-rate"), QStringLiteral("0.3"),
         QStringLiteral("--rate-limit"), QStringLiteral("12"), QStringLiteral("--seed"),
         QStringLiteral("7")}));
    ApiClientOptions options = fastOptions(emulator.url());
    options.retry.maxAttempts = 8;
    ApiClient client(options, token);
    PullConfigurationCommand pull(client, website);
    QVERIFY(finishes(pull));
    QVERIFY2(!pull.error(), qPrintable(describe(pull)));
    QCOMPARE(pull.configuration().customFields.size(), 202);
    ListCommunitiesCommand list(client);
    QVERIFY(finishes(list));
    QVERIFY2(!list.error(), qPrintable(describe(list)));
    QCOMPARE(list.communities().size(), 403);
    // The faults were really injected: the client completed despite them, not for lack of them.
    const QJsonObject stats = emulator.stats();
    const QByteArray counted = QJsonDocument(stats).toJson(QJsonDocument::Compact);
    QVERIFY2(stats.value(QStringLiteral("unavailable")).toInt() > 0, counted.constData());
    QVERIFY2(stats.value(QStringLiteral("rate_limited")).toInt() > 0, counted.constData());
}

void TestApiClient::honoursRetryAfterOn429()
{
    // Two requests a second: of the three pages, one is refused with Retry-After: 1.
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--communities"), QStringLiteral("400"),
                           QStringLiteral("--rate-limit"), QStringLiteral("2")}));
    ApiClient client(fastOptions(emulator.url()), token);
    ListCommunitiesCommand list(client);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(finishes(list));
    QVERIFY2(!list.error(), qPrintable(describe(list)));
    QCOMPARE(list.communities().size(), 403);
    // The backoff alone would have retried within milliseconds.
    QVERIFY2(clock.elapsed() >= 500, qPrintable(QString::number(clock.elapsed())));
}

void TestApiClient::retriesDroppedConnections()
{
    EmulatorProcess emulator(emulatorArguments(
        {QStringLiteral("--communities"), QStringLiteral("400"), QStringLiteral("--drop-rate"),
         QStringLiteral("0.4"), QStringLiteral("--seed"), QStringLiteral("3")}));
    ApiClientOptions options = fastOptions(emulator.url());
    options.retry.maxAttempts = 8;
    ApiClient client(options, token);
    ListCommunitiesCommand list(client);
    QVERIFY(finishes(list));
    QVERIFY2(!list.error(), qPrintable(describe(list)));
    QCOMPARE(list.communities().size(), 403);
    // Connections were really dropped: the client completed despite them, not for lack of them.
    const QJsonObject stats = emulator.stats();
    const QByteArray counted = QJsonDocument(stats).toJson(QJsonDocument::Compact);
    QVERIFY2(stats.value(QStringLiteral("dropped")).toInt() > 0, counted.constData());
}

void TestApiClient::reportsConnectionsDroppedEveryTime()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--drop-rate"), QStringLiteral("1")}));
    ApiClient client(fastOptions(emulator.url()), token);
    ApiRequest request(client, ApiRequest::Method::Get, QStringLiteral("/communities"));
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(request.error());
    QCOMPARE(request.error()->kind, ApiErrorKind::Network);
    QCOMPARE(request.attempts(), 6);
}

void TestApiClient::reportsRefusedConnectionsAfterRetrying()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    ApiClient client(fastOptions(QStringLiteral("http://127.0.0.1:%1/1.0").arg(port)), token);
    ApiRequest request(client, ApiRequest::Method::Get, QStringLiteral("/communities"));
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(request.error()->kind, ApiErrorKind::Network);
    QVERIFY(request.error()->transient);
    QCOMPARE(request.attempts(), 6);
    QVERIFY2(request.error()->message.contains(QLatin1String("127.0.0.1")),
             qPrintable(request.error()->message));
}

void TestApiClient::timesOutOnASilentServer()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--latency-ms"), QStringLiteral("5000")}));
    ApiClientOptions options = fastOptions(emulator.url());
    options.transferTimeout = 200ms;
    options.retry.maxAttempts = 2;
    ApiClient client(options, token);
    FetchSettingsCommand fetch(client, website);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(finishes(fetch));
    QVERIFY(fetch.error());
    QCOMPARE(fetch.error()->kind, ApiErrorKind::Timeout);
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
}

void TestApiClient::httpErrorsAreNotRetried_data()
{
    QTest::addColumn<QByteArray>("usedToken");
    QTest::addColumn<bool>("put");
    QTest::addColumn<QString>("community");
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiErrorKind>("kind");
    QTest::newRow("401") << QByteArray("wrong") << false << website << 401
                         << ApiErrorKind::Authentication;
    QTest::newRow("403") << QByteArray("reader") << true << website << 403
                         << ApiErrorKind::Forbidden;
    QTest::newRow("404") << token << false << QStringLiteral("nope") << 404
                         << ApiErrorKind::NotFound;
}

void TestApiClient::httpErrorsAreNotRetried()
{
    QFETCH(QByteArray, usedToken);
    QFETCH(bool, put);
    QFETCH(QString, community);
    QFETCH(int, status);
    QFETCH(ApiErrorKind, kind);
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--read-only-token"), QStringLiteral("reader")}));
    ApiClient client(fastOptions(emulator.url()), usedToken);
    ApiRequest request(client, put ? ApiRequest::Method::Put : ApiRequest::Method::Get,
                       QStringLiteral("/communities/%1/messaging_settings").arg(community));
    if (put)
        request.setBody("{\"signed_identities\":\"reject\"}", QStringLiteral("\"v1\""));
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(request.error());
    QCOMPARE(request.error()->kind, kind);
    QCOMPARE(request.error()->httpStatus, status);
    QCOMPARE(request.attempts(), 1);
    QVERIFY(!request.error()->message.contains(QString::fromLatin1(usedToken)));
}

void TestApiClient::validationErrorsCarryJsonPointerPaths()
{
    EmulatorProcess emulator(emulatorArguments());
    ApiClient client(fastOptions(emulator.url()), token);
    FetchSettingsCommand before(client, website);
    QVERIFY(finishes(before));
    CommunityConfig invalid = before.remote().settings;
    invalid.jwtKeys[0].id = QStringLiteral("Prod Key");
    invalid.extraValuesMapping.append(
        {QStringLiteral("account"), QStringLiteral("custom_field:nope")});
    PushSettingsCommand push(client, website, invalid, before.remote().etag);
    QVERIFY(finishes(push));
    QVERIFY(push.error());
    QCOMPARE(push.error()->kind, ApiErrorKind::Validation);
    QStringList paths;
    for (const ApiFieldError& field : push.error()->fieldErrors)
        paths.append(field.path);
    QVERIFY2(paths.contains(QStringLiteral("/jwt_keys/0/id")), qPrintable(paths.join(u' ')));
    QVERIFY2(paths.contains(QStringLiteral("/extra_values_mapping/2/field")),
             qPrintable(paths.join(u' ')));
    // Nothing changed.
    FetchSettingsCommand after(client, website);
    QVERIFY(finishes(after));
    QCOMPARE(after.remote().etag, before.remote().etag);
    QCOMPARE(after.remote().settings, before.remote().settings);
}

void TestApiClient::stalePushIsAConflictAndChangesNothing()
{
    EmulatorProcess emulator(emulatorArguments());
    ApiClient client(fastOptions(emulator.url()), token);
    FetchSettingsCommand pulled(client, mobileApp);
    QVERIFY(finishes(pulled));
    const QString staleEtag = pulled.remote().etag;

    CommunityConfig theirs = pulled.remote().settings;
    theirs.signedIdentities = SignedIdentities::accept;
    PushSettingsCommand theirPush(client, mobileApp, theirs, staleEtag);
    QVERIFY(finishes(theirPush));
    QVERIFY2(!theirPush.error(), qPrintable(describe(theirPush)));

    CommunityConfig mine = pulled.remote().settings;
    mine.extraValuesMapping.append({QStringLiteral("email"), QStringLiteral("email")});
    PushSettingsCommand myPush(client, mobileApp, mine, staleEtag);
    QVERIFY(finishes(myPush));
    QVERIFY(myPush.error());
    QCOMPARE(myPush.error()->kind, ApiErrorKind::Conflict);
    QCOMPARE(myPush.error()->httpStatus, 412);
    // The current remote settings come with the conflict, for the diff: theirs, unchanged.
    QCOMPARE(myPush.remote().settings.signedIdentities, SignedIdentities::accept);
    QVERIFY(myPush.remote().settings.extraValuesMapping.isEmpty());
    FetchSettingsCommand now(client, mobileApp);
    QVERIFY(finishes(now));
    QCOMPARE(now.remote().etag, theirPush.remote().etag);
}

void TestApiClient::pushWithTheCurrentEtagStoresTheSettings()
{
    EmulatorProcess emulator(emulatorArguments());
    ApiClient client(fastOptions(emulator.url()), token);
    FetchSettingsCommand pulled(client, mobileApp);
    QVERIFY(finishes(pulled));
    CommunityConfig changed = pulled.remote().settings;
    changed.signedIdentities = SignedIdentities::require;
    changed.jwtKeys = {{QStringLiteral("k2026"), JwtAlgorithm::hs256,
                        QStringLiteral("0123456789abcdef01234567"), std::nullopt}};
    PushSettingsCommand push(client, mobileApp, changed, pulled.remote().etag);
    QVERIFY(finishes(push));
    QVERIFY2(!push.error(), qPrintable(describe(push)));
    QVERIFY(push.remote().etag != pulled.remote().etag);
    QCOMPARE(push.remote().settings, changed);
    FetchSettingsCommand now(client, mobileApp);
    QVERIFY(finishes(now));
    QCOMPARE(now.remote().settings, changed);
    QCOMPARE(now.remote().etag, push.remote().etag);
}

void TestApiClient::pushWhoseEarlierAttemptWasStoredSucceeds()
{
    // An attempt stored the settings but its answer was lost; the retry gets 412, and the
    // remote settings are then exactly those pushed.
    EmulatorProcess emulator(emulatorArguments());
    ApiClient client(fastOptions(emulator.url()), token);
    FetchSettingsCommand pulled(client, mobileApp);
    QVERIFY(finishes(pulled));
    CommunityConfig changed = pulled.remote().settings;
    changed.signedIdentities = SignedIdentities::accept;
    PushSettingsCommand lostAnswer(client, mobileApp, changed, pulled.remote().etag);
    QVERIFY(finishes(lostAnswer));
    PushSettingsCommand retry(client, mobileApp, changed, pulled.remote().etag);
    QVERIFY(finishes(retry));
    QVERIFY2(!retry.error(), qPrintable(describe(retry)));
    QCOMPARE(retry.remote().etag, lostAnswer.remote().etag);
}

void TestApiClient::cancelStopsEveryRequestAtOnce()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--latency-ms"), QStringLiteral("5000")}));
    ApiClient client(fastOptions(emulator.url()), token);
    PullConfigurationCommand pull(client, website);
    QSignalSpy finished(&pull, &ApiCommand::finished);
    QElapsedTimer clock;
    clock.start();
    pull.start();
    QTimer::singleShot(100, &pull, &ApiCommand::cancel);
    QVERIFY(finished.wait(3000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(pull.error()->kind, ApiErrorKind::Canceled);
    QVERIFY(clock.elapsed() < 2000);
    // Nothing arrives afterwards.
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
}

void TestApiClient::badAnswersAreErrorsNotCrashes_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("list"); // else a settings fetch
    QTest::addColumn<QString>("messagePart");
    const auto ok = [](const QByteArray& body) {
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
               QByteArray::number(body.size()) + "\r\nETag: \"x\"\r\n\r\n" + body;
    };
    QTest::newRow("malformed JSON") << ok("{\"count\": 3, \"records\": [") << true << "JSON";
    QTest::newRow("not a page") << ok("[1, 2, 3]") << true << "page";
    QTest::newRow("absurd count") << ok("{\"count\": 99999999999, \"records\": []}") << true
                                  << "99999999999";
    QTest::newRow("record without id")
        << ok("{\"count\": 1, \"records\": [{\"name\": 1}]}") << true << "community";
    QTest::newRow("declared too large")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100000000\r\n\r\n{") << true << "MiB";
    QTest::newRow("streamed too large")
        << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n") + QByteArray(3 << 20, ' ')
        << true << "MiB";
    QTest::newRow("settings of the wrong type")
        << ok("{\"signed_identities\": 5, \"jwt_keys\": {}}") << false << "malformed";
    QTest::newRow("settings without ETag")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}") << false << "ETag";
}

void TestApiClient::badAnswersAreErrorsNotCrashes()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, list);
    QFETCH(QString, messagePart);
    ScriptedServer server(answer);
    ApiClientOptions options = fastOptions(server.url());
    options.maxResponseBytes = 1024 * 1024;
    ApiClient client(options, token);
    std::unique_ptr<ApiCommand> command;
    if (list)
        command = std::make_unique<ListCommunitiesCommand>(client);
    else
        command = std::make_unique<FetchSettingsCommand>(client, website);
    QVERIFY(finishes(*command, 10000));
    QVERIFY(command->error());
    QCOMPARE(command->error()->kind, ApiErrorKind::BadResponse);
    QVERIFY2(command->error()->message.contains(messagePart),
             qPrintable(command->error()->message));
}

void TestApiClient::redirectToAnotherHostIsNotFollowed()
{
    // Another loopback address is another host: the token must not follow.
    ScriptedServer elsewhere("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    ScriptedServer server(
        "HTTP/1.1 302 Found\r\nLocation: http://localhost:" + QByteArray::number(elsewhere.port()) +
        "/1.0/communities\r\nContent-Length: 0\r\n\r\n");
    ApiClient client(fastOptions(server.url()), token);
    ListCommunitiesCommand list(client);
    QVERIFY(finishes(list, 10000));
    QVERIFY(list.error());
    QCOMPARE(list.error()->kind, ApiErrorKind::Redirect);
}

void TestApiClient::httpsWorksWithTheCaFileAndFailsClearlyWithout()
{
    OpensslFixtures fixtures;
    const OpensslFixtures::TlsFiles tls = fixtures.loopbackServerCertificate();
    EmulatorProcess emulator(emulatorArguments(
        {QStringLiteral("--tls-cert"), tls.certificate, QStringLiteral("--tls-key"), tls.key}));
    QVERIFY2(emulator.url().startsWith(QLatin1String("https://127.0.0.1:")),
             qPrintable(emulator.url()));

    ApiClientOptions trusted = fastOptions(emulator.url());
    trusted.caFile = tls.certificate;
    ApiClient trustingClient(trusted, token);
    FetchSettingsCommand fetch(trustingClient, website);
    QVERIFY(finishes(fetch));
    QVERIFY2(!fetch.error(), qPrintable(describe(fetch)));
    QCOMPARE(fetch.remote().settings.signedIdentities, SignedIdentities::require);

    ApiClient untrustingClient(fastOptions(emulator.url()), token);
    FetchSettingsCommand refused(untrustingClient, website);
    QVERIFY(finishes(refused));
    QVERIFY(refused.error());
    QCOMPARE(refused.error()->kind, ApiErrorKind::Tls);
    QVERIFY2(refused.error()->message.contains(QLatin1String("certificate")),
             qPrintable(refused.error()->message));

    ApiClientOptions badCa = fastOptions(emulator.url());
    badCa.caFile = fixtures.path(QStringLiteral("missing.pem"));
    ApiClient badCaClient(badCa, token);
    QCOMPARE(badCaClient.setupError()->kind, ApiErrorKind::CaFileUnreadable);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "test_api_client.moc"
