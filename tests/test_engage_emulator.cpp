// engage-emulator's own contract, seen over HTTP as any client sees it: the public API of
// docs/api.md as Engage serves it (record fields, error bodies, paging, count caps, the rate limit,
// identities, identity groups, content sources, custom field creation), the settings extension
// of docs/api.md and --public-only, authentication, ETags, validation of PUT bodies, seed data, the
// statistics and the request log; and, over raw sockets, what it does with clients that are
// slow, greedy or not speaking HTTP at all.

#include "support/emulator_process.h"
#include "support/process_run.h"
#include "support/raw_connection.h"
#include "support/test_files.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

namespace {

const QByteArray token = "emulator-token-31b7";
const QByteArray settingsPath = "/1.0/communities/5f0c0a1b2c3d4e5f60718294/messaging_settings";
const QString websiteChat = QStringLiteral("5f0c0a1b2c3d4e5f60718293");
const QString readOnlyToken = QStringLiteral("reader-token-77");

QStringList emulatorArguments(const QStringList& more = {})
{
    return QStringList{QStringLiteral("--token"), QString::fromLatin1(token)} + more;
}

// A whole GET of the community list with the token, on a connection kept alive.
QByteArray listRequest()
{
    return "GET /1.0/communities HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
           "\r\n\r\n";
}

// The head of a PUT of the settings announcing `length` bytes of body.
QByteArray putHead(qint64 length)
{
    return "PUT " + settingsPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
           token + "\r\nContent-Length: " + QByteArray::number(length) + "\r\n\r\n";
}

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray etag;
    QByteArray retryAfter;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray records() const { return json().value(QStringLiteral("records")).toArray(); }
};

QStringList idsOf(const QJsonArray& records)
{
    QStringList ids;
    for (const auto& record : records)
        ids.append(record.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

// The public API's error body: exactly error, message and status (and errors for a 422).
void verifyErrorBody(const Answer& answer, int status, const QString& code)
{
    QCOMPARE(answer.status, status);
    const QJsonObject body = answer.json();
    QCOMPARE(body.value(QStringLiteral("error")).toString(), code);
    QCOMPARE(body.value(QStringLiteral("status")).toInt(), status);
    QVERIFY2(!body.value(QStringLiteral("message")).toString().isEmpty(), answer.body.constData());
}

} // namespace

class TestEngageEmulator : public QObject
{
    Q_OBJECT

private slots:
    void firstLineNamesTheLoopbackUrl();
    void pagesDefaultToThirtyAndCapTheLimitAt150();
    void badPagingParametersAreRefused();
    void countsPastTheCapAreCappedAndSaySo();
    void missingTokenIs401();
    void wrongTokenIsInvalidAccessTokenWithTheChosenStatus();
    void errorBodiesHaveTheApisShape();
    void communityIsReadByItsId();
    void customFieldsHaveTheSchemasFieldsAndNoRegex();
    void publicOnlyAnswers404ForTheSettingsOnly();
    void identitiesAreFilteredByCommunityAndUuid();
    void identityGroupHoldsWhatTheMappingWrote();
    void contentSourcesIncludeOneEngageMessagingSourcePerCommunity();
    void customFieldIsCreatedFromQueryParameters();
    void customFieldCreationIsValidatedPerAttribute();
    void customFieldCreationNeedsTheFullToken();
    void lockedRequestsAre409();
    void requestLogHoldsEveryApiRequestAndNoToken();
    void settingsAreVersionedWithEtags();
    void putBodiesAreValidatedWithTheConfigurationRules();
    void unknownRoutesAndMethodsAreRefused();
    void rateLimitAnswers429WithoutRetryAfter();
    void retryAfterIsSentWhenAsked();
    void statsCountRequestsAndTheirPeakPerWindow();
    void seedDataIsServed();
    void unusableSeedDataStopsWithAMessage();
    void badOptionValuesAreQuotedEscaped();
    void faultyOptionsExitWithUsage_data();
    void faultyOptionsExitWithUsage();
    void helpDocumentsTheLimits();
    void halfOpenRequestIsAnswered408AndClosed();
    void slowlorisIsClosedByTheHeaderDeadline();
    void idleKeptAliveConnectionIsClosedQuietly();
    void bodyThatStopsArrivingIsAnswered408();
    void connectionsPastTheCapGet503AndAreClosed();
    void bodiesPastTheBudgetAreRefused();
    void bareLineFeedsEndLines();
    void tlsClientHelloOnThePlainPortIs400();
    void ambiguousFramingIs400_data();
    void ambiguousFramingIs400();
    void oversizedHeadIs431BeforeAuthentication();
    void statsCountInjectedFaults();
    void bodyTrickledPastTheRequestDeadlineIs408();
    void hostHeaderIsRequiredOnceInHttp11_data();
    void hostHeaderIsRequiredOnceInHttp11();
    void expectContinueGetsAHundredBeforeTheBody();

private:
    Answer request(const QString& url, const QByteArray& verb = "GET", const QByteArray& body = {},
                   const QByteArray& ifMatch = {}, const QByteArray& usedToken = token);

    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
};

Answer TestEngageEmulator::request(const QString& url, const QByteArray& verb,
                                   const QByteArray& body, const QByteArray& ifMatch,
                                   const QByteArray& usedToken)
{
    QNetworkRequest request{QUrl(url)};
    if (!usedToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + usedToken);
    if (!ifMatch.isEmpty())
        request.setRawHeader("If-Match", ifMatch);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, verb, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(10000))
        return {};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
            reply->rawHeader("ETag"), reply->rawHeader("Retry-After")};
}

void TestEngageEmulator::firstLineNamesTheLoopbackUrl()
{
    EmulatorProcess emulator({QStringLiteral("--token"), QString::fromLatin1(token)});
    const QRegularExpression line(QStringLiteral(R"(^http://127\.0\.0\.1:[1-9][0-9]*/1\.0$)"));
    QVERIFY2(line.match(emulator.url()).hasMatch(), qPrintable(emulator.url()));
}

void TestEngageEmulator::pagesDefaultToThirtyAndCapTheLimitAt150()
{
    EmulatorProcess emulator({QStringLiteral("--token"), QString::fromLatin1(token),
                              QStringLiteral("--communities"), QStringLiteral("197")});
    Answer answer = request(emulator.url() + QStringLiteral("/communities"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(QStringLiteral("count")).toInt(), 200);
    QCOMPARE(answer.json().value(QStringLiteral("records")).toArray().size(), 30);
    answer = request(emulator.url() + QStringLiteral("/communities?offset=10&limit=500"));
    const QJsonArray records = answer.json().value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 150);
    QCOMPARE(records[0].toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Community 8"));
    // The page says what it gave: the offset asked and the documented maximum limit.
    QCOMPARE(answer.json().value(QStringLiteral("offset")).toInt(), 10);
    QCOMPARE(answer.json().value(QStringLiteral("limit")).toInt(), 150);
    QVERIFY(!answer.json().contains(QStringLiteral("count_capped")));
    answer = request(emulator.url() + QStringLiteral("/communities?offset=190&limit=150"));
    QCOMPARE(answer.json().value(QStringLiteral("records")).toArray().size(), 10);
    answer = request(emulator.url() + QStringLiteral("/custom_fields?offset=500"));
    QCOMPARE(answer.json().value(QStringLiteral("count")).toInt(), 3);
    QCOMPARE(answer.json().value(QStringLiteral("records")).toArray().size(), 0);
}

void TestEngageEmulator::badPagingParametersAreRefused()
{
    EmulatorProcess emulator({QStringLiteral("--token"), QString::fromLatin1(token)});
    for (const char* query :
         {"?offset=-1", "?limit=0", "?offset=x", "?limit=1e3", "?offset=10000001"}) {
        const Answer answer =
            request(emulator.url() + QStringLiteral("/communities") + QLatin1String(query));
        QVERIFY2(answer.status == 400, query);
        QCOMPARE(answer.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_parameter"));
    }
    // The largest offset the API takes is a page past the end, not an error.
    const Answer last = request(emulator.url() + QStringLiteral("/communities?offset=10000000"));
    QCOMPARE(last.status, 200);
    QCOMPARE(last.records().size(), 0);
}

void TestEngageEmulator::countsPastTheCapAreCappedAndSaySo()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--communities"), QStringLiteral("197"),
                           QStringLiteral("--count-cap"), QStringLiteral("100")}));
    Answer answer = request(emulator.url() + QStringLiteral("/communities?limit=150"));
    QCOMPARE(answer.json().value(QStringLiteral("count")).toInt(), 100);
    QCOMPARE(answer.json().value(QStringLiteral("count_capped")).toBool(), true);
    // The records go on past the count: a client reads until a short page.
    QCOMPARE(answer.records().size(), 150);
    answer = request(emulator.url() + QStringLiteral("/communities?offset=150&limit=150"));
    QCOMPARE(answer.records().size(), 50);
    // A list under the cap has its exact count.
    answer = request(emulator.url() + QStringLiteral("/custom_fields"));
    QCOMPARE(answer.json().value(QStringLiteral("count")).toInt(), 3);
    QVERIFY(!answer.json().contains(QStringLiteral("count_capped")));
}

void TestEngageEmulator::missingTokenIs401()
{
    EmulatorProcess emulator(emulatorArguments());
    const Answer answer =
        request(emulator.url() + QStringLiteral("/communities"), "GET", {}, {}, QByteArray());
    verifyErrorBody(answer, 401, QStringLiteral("unauthorized"));
    QVERIFY(!answer.body.contains(token));
}

void TestEngageEmulator::wrongTokenIsInvalidAccessTokenWithTheChosenStatus()
{
    // Engage answers 400 invalid_access_token; --bad-token-status 401 gives the other form.
    for (const int status : {400, 401}) {
        EmulatorProcess emulator(emulatorArguments(
            status == 400
                ? QStringList()
                : QStringList{QStringLiteral("--bad-token-status"), QString::number(status)}));
        const Answer answer = request(emulator.url() + QStringLiteral("/communities"), "GET", {},
                                      {}, "not-the-token");
        verifyErrorBody(answer, status, QStringLiteral("invalid_access_token"));
        QVERIFY(!answer.body.contains(token));
        QVERIFY(!answer.body.contains("not-the-token"));
    }
}

void TestEngageEmulator::errorBodiesHaveTheApisShape()
{
    EmulatorProcess emulator(emulatorArguments());
    verifyErrorBody(request(emulator.url() + QStringLiteral("/nothing")), 404,
                    QStringLiteral("not_found"));
    verifyErrorBody(request(emulator.url() + QStringLiteral("/communities/nope")), 404,
                    QStringLiteral("not_found"));
    verifyErrorBody(request(emulator.url() + QStringLiteral("/identities/nope")), 404,
                    QStringLiteral("not_found"));
    verifyErrorBody(request(emulator.url() + QStringLiteral("/communities?limit=x")), 400,
                    QStringLiteral("invalid_parameter"));
    verifyErrorBody(request(emulator.url() + QStringLiteral("/communities"), "DELETE"), 405,
                    QStringLiteral("method_not_allowed"));
    const QString settings = emulator.url() + QString::fromLatin1(settingsPath).mid(4);
    verifyErrorBody(request(settings, "PUT", "{}"), 428, QStringLiteral("precondition_required"));
    verifyErrorBody(request(settings, "PUT", "{}", "\"v9\""), 412,
                    QStringLiteral("precondition_failed"));
    // Errors of HTTP itself have the same shape, their code from the status.
    RawConnection connection(emulator.port());
    connection.send("GET /1.0/communities HTTP/1.1\r\n\r\n"); // no Host
    const QByteArray raw = connection.readUntilClosed();
    const QJsonObject body = QJsonDocument::fromJson(raw.mid(raw.indexOf("\r\n\r\n") + 4)).object();
    QCOMPARE(body.value(QStringLiteral("error")).toString(), QStringLiteral("bad_request"));
    QCOMPARE(body.value(QStringLiteral("status")).toInt(), 400);
}

void TestEngageEmulator::communityIsReadByItsId()
{
    EmulatorProcess emulator(emulatorArguments());
    const Answer answer = request(emulator.url() + QStringLiteral("/communities/") + websiteChat);
    QCOMPARE(answer.status, 200);
    const QJsonObject community = answer.json();
    QCOMPARE(community.value(QStringLiteral("id")).toString(), websiteChat);
    QCOMPARE(community.value(QStringLiteral("name")).toString(), QStringLiteral("Website chat"));
    // The schema's fields (OpenAPI: Community), and nothing of the extension.
    const QStringList members = community.keys();
    QCOMPARE(QSet<QString>(members.begin(), members.end()),
             (QSet<QString>{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("type"),
                            QStringLiteral("active"), QStringLiteral("created_at"),
                            QStringLiteral("updated_at")}));
}

void TestEngageEmulator::customFieldsHaveTheSchemasFieldsAndNoRegex()
{
    const QString seed = m_dir.filePath(QStringLiteral("regex-seed.json"));
    writeAll(seed, R"({"custom_fields": [
  {"id": "f2", "key": "tier", "label": "Tier", "type": "single_choice",
   "associated_type_name": "IdentityGroup", "multiple": true, "position": 7},
  {"id": "f1", "key": "loyalty", "label": "Loyalty", "type": "string",
   "associated_type_name": "IdentityGroup", "position": 2, "regex": "^L[0-9]+$"}]})");
    EmulatorProcess emulator(emulatorArguments({QStringLiteral("--data"), seed}));
    const Answer answer = request(emulator.url() + QStringLiteral("/custom_fields"));
    QCOMPARE(answer.status, 200);
    // Ordered by position, as the API lists them.
    QCOMPARE(idsOf(answer.records()), (QStringList{QStringLiteral("f1"), QStringLiteral("f2")}));
    const QJsonObject loyalty = answer.records()[0].toObject();
    QCOMPARE(loyalty.value(QStringLiteral("key")).toString(), QStringLiteral("loyalty"));
    QCOMPARE(loyalty.value(QStringLiteral("position")).toInt(), 2);
    QCOMPARE(loyalty.value(QStringLiteral("multiple")).toBool(true), false);
    QCOMPARE(loyalty.value(QStringLiteral("associated_type_name")).toString(),
             QStringLiteral("IdentityGroup"));
    // A regex exists only in the admin console: the seed may hold one, the API never sends it.
    QVERIFY(!answer.body.contains("regex"));
    QVERIFY(!answer.body.contains("^L[0-9]+$"));
    QCOMPARE(answer.records()[1].toObject().value(QStringLiteral("multiple")).toBool(), true);
    const Answer one = request(emulator.url() + QStringLiteral("/custom_fields/f2"));
    QCOMPARE(one.json().value(QStringLiteral("label")).toString(), QStringLiteral("Tier"));
}

void TestEngageEmulator::publicOnlyAnswers404ForTheSettingsOnly()
{
    EmulatorProcess emulator(emulatorArguments({QStringLiteral("--public-only")}));
    const QString settings = emulator.url() + QStringLiteral("/communities/") + websiteChat +
                             QStringLiteral("/messaging_settings");
    verifyErrorBody(request(settings), 404, QStringLiteral("not_found"));
    verifyErrorBody(request(settings, "PUT", "{}", "\"v1\""), 404, QStringLiteral("not_found"));
    // The community itself is there: that is how a client tells the extension is missing.
    QCOMPARE(request(emulator.url() + QStringLiteral("/communities/") + websiteChat).status, 200);
    QCOMPARE(request(emulator.url() + QStringLiteral("/custom_fields")).status, 200);

    EmulatorProcess full(emulatorArguments());
    QCOMPARE(request(full.url() + QStringLiteral("/communities/") + websiteChat +
                     QStringLiteral("/messaging_settings"))
                 .status,
             200);
}

void TestEngageEmulator::identitiesAreFilteredByCommunityAndUuid()
{
    EmulatorProcess emulator(emulatorArguments());
    Answer answer = request(emulator.url() + QStringLiteral("/identities"));
    QCOMPARE(answer.json().value(QStringLiteral("count")).toInt(), 3);
    // Newest first, as the API lists identities.
    QCOMPARE(idsOf(answer.records()), (QStringList{QStringLiteral("65a7f3c21d41c8a0b2e10003"),
                                                   QStringLiteral("65a7f3c21d41c8a0b2e10002"),
                                                   QStringLiteral("65a7f3c21d41c8a0b2e10001")}));
    answer = request(emulator.url() + QStringLiteral("/identities?community_id=") + websiteChat +
                     QStringLiteral("&uuid=C00482716"));
    QCOMPARE(answer.json().value(QStringLiteral("count")).toInt(), 1);
    const QJsonObject identity = answer.records()[0].toObject();
    QCOMPARE(identity.value(QStringLiteral("identity_group_id")).toString(),
             QStringLiteral("65a7f3c21d41c8a0b2e20001"));
    QCOMPARE(identity.value(QStringLiteral("extra_values"))
                 .toObject()
                 .value(QStringLiteral("cell_number"))
                 .toString(),
             QStringLiteral("+447700900123"));
    // The same UUID in another community is another visitor.
    answer =
        request(emulator.url() +
                QStringLiteral("/identities?community_id=5f0c0a1b2c3d4e5f60718294&uuid=C00482716"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(QStringLiteral("count")).toInt(), 0);
    // source_id stands for the source's community.
    answer =
        request(emulator.url() + QStringLiteral("/identities?source_id=5f1d9b2e8c4a6f0012a10002"));
    QCOMPARE(idsOf(answer.records()), QStringList{QStringLiteral("65a7f3c21d41c8a0b2e10001")});
    answer = request(emulator.url() + QStringLiteral("/identities?source_id=unknown"));
    QCOMPARE(answer.json().value(QStringLiteral("count")).toInt(), 0);
    answer = request(emulator.url() + QStringLiteral("/identities/65a7f3c21d41c8a0b2e10002"));
    QCOMPARE(answer.json().value(QStringLiteral("uuid")).toString(), QStringLiteral("C00482716"));
    verifyErrorBody(request(emulator.url() + QStringLiteral("/identities?sort=name")), 400,
                    QStringLiteral("invalid_parameter"));
}

void TestEngageEmulator::identityGroupHoldsWhatTheMappingWrote()
{
    EmulatorProcess emulator(emulatorArguments());
    const Answer group =
        request(emulator.url() + QStringLiteral("/identity_groups/65a7f3c21d41c8a0b2e20001"));
    QCOMPARE(group.status, 200);
    // Website chat maps cell_number to mobile_phone and uuid to custom_field:customer_id.
    QCOMPARE(group.json().value(QStringLiteral("mobile_phones")).toArray(),
             QJsonArray{QStringLiteral("+447700900123")});
    QCOMPARE(group.json()
                 .value(QStringLiteral("custom_field_values"))
                 .toObject()
                 .value(QStringLiteral("customer_id"))
                 .toString(),
             QStringLiteral("C00482716"));
    Answer list = request(emulator.url() + QStringLiteral("/identity_groups?uuid=C00731594"));
    QCOMPARE(idsOf(list.records()), QStringList{QStringLiteral("65a7f3c21d41c8a0b2e20002")});
    list = request(emulator.url() +
                   QStringLiteral("/identity_groups?email=amelia.okafor%40example.com"));
    QCOMPARE(idsOf(list.records()), QStringList{QStringLiteral("65a7f3c21d41c8a0b2e20001")});
}

void TestEngageEmulator::contentSourcesIncludeOneEngageMessagingSourcePerCommunity()
{
    EmulatorProcess emulator(emulatorArguments());
    Answer answer = request(emulator.url() + QStringLiteral("/content_sources"));
    QCOMPARE(answer.status, 200);
    QSet<QString> communitiesWithMessaging;
    for (const auto& value : answer.records()) {
        const QJsonObject source = value.toObject();
        QVERIFY(!source.value(QStringLiteral("type")).toString().isEmpty());
        // enable_web exists only on Engage Messaging sources (OpenAPI: Source).
        if (source.contains(QStringLiteral("enable_web")))
            communitiesWithMessaging.insert(
                source.value(QStringLiteral("community_id")).toString());
    }
    QCOMPARE(communitiesWithMessaging.size(), 3);
    answer = request(emulator.url() + QStringLiteral("/content_sources?active=false"));
    QCOMPARE(idsOf(answer.records()), QStringList{QStringLiteral("5f1d9b2e8c4a6f0012a10003")});
    QCOMPARE(request(emulator.url() + QStringLiteral("/content_sources?permission=read")).status,
             200);
    verifyErrorBody(request(emulator.url() + QStringLiteral("/content_sources?permission=all")),
                    400, QStringLiteral("invalid_parameter"));
    answer = request(emulator.url() + QStringLiteral("/content_sources/5f1d9b2e8c4a6f0012a10001"));
    QCOMPARE(answer.json().value(QStringLiteral("enable_web")).toBool(), true);
}

void TestEngageEmulator::customFieldIsCreatedFromQueryParameters()
{
    EmulatorProcess emulator(emulatorArguments());
    const Answer created = request(
        emulator.url() + QStringLiteral("/custom_fields?associated_type_name=IdentityGroup"
                                        "&label=Loyalty%20tier&key=loyalty_tier&type=string"),
        "POST");
    QCOMPARE(created.status, 200);
    const QJsonObject field = created.json();
    QCOMPARE(field.value(QStringLiteral("key")).toString(), QStringLiteral("loyalty_tier"));
    QCOMPARE(field.value(QStringLiteral("label")).toString(), QStringLiteral("Loyalty tier"));
    QCOMPARE(field.value(QStringLiteral("associated_type_name")).toString(),
             QStringLiteral("IdentityGroup"));
    QVERIFY(!field.value(QStringLiteral("id")).toString().isEmpty());
    const Answer list = request(emulator.url() + QStringLiteral("/custom_fields"));
    QCOMPARE(list.json().value(QStringLiteral("count")).toInt(), 4);
    QCOMPARE(list.records().last().toObject().value(QStringLiteral("key")).toString(),
             QStringLiteral("loyalty_tier"));
}

void TestEngageEmulator::customFieldCreationIsValidatedPerAttribute()
{
    EmulatorProcess emulator(emulatorArguments());
    const auto attempt = [&](const QString& query) {
        return request(emulator.url() + QStringLiteral("/custom_fields?") + query, "POST");
    };
    const auto errorsOf = [](const Answer& answer) {
        QStringList errors;
        for (const auto& error : answer.json().value(QStringLiteral("errors")).toArray()) {
            const QJsonObject item = error.toObject();
            errors.append(item.value(QStringLiteral("attribute")).toString() + QLatin1Char(':') +
                          item.value(QStringLiteral("type")).toString());
            if (item.value(QStringLiteral("message")).toString().isEmpty())
                errors.append(QStringLiteral("(no message)"));
        }
        return errors;
    };
    Answer answer = attempt(
        QStringLiteral("associated_type_name=IdentityGroup&label=Customer&key=customer_id"));
    verifyErrorBody(answer, 422, QStringLiteral("validation_error"));
    QCOMPARE(errorsOf(answer), QStringList{QStringLiteral("key:taken")});
    answer =
        attempt(QStringLiteral("associated_type_name=IdentityGroup&label=X&key=Customer%20Id"));
    QCOMPARE(errorsOf(answer), QStringList{QStringLiteral("key:invalid")});
    answer = attempt(QStringLiteral("associated_type_name=Visitor&label=&type=colour"));
    QCOMPARE(errorsOf(answer),
             (QStringList{QStringLiteral("associated_type_name:inclusion"),
                          QStringLiteral("label:blank"), QStringLiteral("key:blank"),
                          QStringLiteral("type:inclusion")}));
    // Nothing was created by the refused attempts.
    QCOMPARE(request(emulator.url() + QStringLiteral("/custom_fields"))
                 .json()
                 .value(QStringLiteral("count"))
                 .toInt(),
             3);
}

void TestEngageEmulator::customFieldCreationNeedsTheFullToken()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--read-only-token"), readOnlyToken}));
    const QString create = emulator.url() + QStringLiteral("/custom_fields?associated_type_name="
                                                           "IdentityGroup&label=Plan&key=plan");
    verifyErrorBody(request(create, "POST", {}, {}, readOnlyToken.toLatin1()), 403,
                    QStringLiteral("authorization_required"));
    QCOMPARE(request(emulator.url() + QStringLiteral("/custom_fields"), "GET", {}, {},
                     readOnlyToken.toLatin1())
                 .json()
                 .value(QStringLiteral("count"))
                 .toInt(),
             3);
}

void TestEngageEmulator::lockedRequestsAre409()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--lock-rate"), QStringLiteral("1")}));
    verifyErrorBody(request(emulator.url() + QStringLiteral("/communities")), 409,
                    QStringLiteral("resource_locked"));
    QCOMPARE(emulator.stats().value(QStringLiteral("locked")).toInt(), 1);
}

void TestEngageEmulator::requestLogHoldsEveryApiRequestAndNoToken()
{
    const QString log = m_dir.filePath(QStringLiteral("requests.jsonl"));
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--request-log"), log, QStringLiteral("--rate-limit"),
                           QStringLiteral("2")}));
    request(emulator.url() + QStringLiteral("/communities?offset=0&limit=150"));
    request(emulator.url() + QStringLiteral("/identities?uuid=C%2000&community_id=") + websiteChat);
    emulator.stats(); // not an API request: not logged
    // Refused requests were received too: the third is over the rate limit of 2.
    QCOMPARE(
        request(emulator.url() + QStringLiteral("/custom_fields?choices[]=a&choices[]=b"), "POST")
            .status,
        429);
    // Flushed per line: readable while the emulator runs.
    const QList<QByteArray> lines = readAll(log).split('\n');
    QCOMPARE(lines.size(), 4); // three lines and the end
    QCOMPARE(
        lines[0],
        QByteArray(
            R"({"method":"GET","path":"/1.0/communities","query":{"offset":"0","limit":"150"}})"));
    QCOMPARE(
        lines[1],
        QByteArray(
            R"({"method":"GET","path":"/1.0/identities","query":{"uuid":"C 00","community_id":"5f0c0a1b2c3d4e5f60718293"}})"));
    QCOMPARE(
        lines[2],
        QByteArray(
            R"({"method":"POST","path":"/1.0/custom_fields","query":{"choices[]":["a","b"]}})"));
    QVERIFY(lines[3].isEmpty());
    QVERIFY(!readAll(log).contains(token));
}

void TestEngageEmulator::settingsAreVersionedWithEtags()
{
    EmulatorProcess emulator({QStringLiteral("--token"), QString::fromLatin1(token)});
    const QString settings =
        emulator.url() + QStringLiteral("/communities/5f0c0a1b2c3d4e5f60718294/messaging_settings");
    Answer answer = request(settings);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.etag, "\"v1\"");
    const QByteArray body = R"({"signed_identities": "accept"})";
    QCOMPARE(request(settings, "PUT", body).status, 428); // no If-Match
    answer = request(settings, "PUT", body, "\"v1\"");
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.etag, "\"v2\"");
    QCOMPARE(answer.json().value(QStringLiteral("signed_identities")).toString(),
             QStringLiteral("accept"));
    QCOMPARE(request(settings, "PUT", body, "\"v1\"").status, 412);
    QCOMPARE(request(settings).etag, "\"v2\"");
}

void TestEngageEmulator::putBodiesAreValidatedWithTheConfigurationRules()
{
    EmulatorProcess emulator({QStringLiteral("--token"), QString::fromLatin1(token)});
    const QString settings =
        emulator.url() + QStringLiteral("/communities/5f0c0a1b2c3d4e5f60718294/messaging_settings");
    Answer answer = request(
        settings, "PUT",
        R"({"signed_identities": "require", "jwt_keys": {"id": "x"}, "extra_values_mapping": [{"key": "a", "field": "custom_field:order_ref"}]})",
        "\"v1\"");
    QCOMPARE(answer.status, 422);
    const QJsonArray errors = answer.json().value(QStringLiteral("errors")).toArray();
    verifyErrorBody(answer, 422, QStringLiteral("validation_error"));
    QStringList attributes;
    for (const auto& error : errors) {
        // The public API's shape: attribute (here the JSON Pointer), type (the diagnostic code).
        attributes.append(error.toObject().value(QStringLiteral("attribute")).toString() +
                          QLatin1Char(' ') +
                          error.toObject().value(QStringLiteral("type")).toString());
        QVERIFY(!error.toObject().value(QStringLiteral("message")).toString().isEmpty());
    }
    // A wrong type, a mode without keys, and a field that is not an Identity Group field.
    QCOMPARE(attributes,
             (QStringList{QStringLiteral("/jwt_keys member_type_invalid"),
                          QStringLiteral("/signed_identities require_without_keys"),
                          QStringLiteral("/extra_values_mapping/0/field mapping_field_unknown")}));
    QCOMPARE(request(settings, "PUT", "{not json", "\"v1\"").status, 400);
    QCOMPARE(request(settings).etag, "\"v1\"");
}

void TestEngageEmulator::unknownRoutesAndMethodsAreRefused()
{
    EmulatorProcess emulator({QStringLiteral("--token"), QString::fromLatin1(token)});
    QCOMPARE(request(emulator.url() + QStringLiteral("/nothing")).status, 404);
    QCOMPARE(
        request(emulator.url() + QStringLiteral("/communities/nope/messaging_settings")).status,
        404);
    QCOMPARE(request(emulator.url() + QStringLiteral("/communities"), "DELETE").status, 405);
    QCOMPARE(request(emulator.url() + QStringLiteral("/identities"), "POST").status, 405);
}

void TestEngageEmulator::rateLimitAnswers429WithoutRetryAfter()
{
    // The default is Engage's: 500 requests a minute.
    EmulatorProcess emulator(emulatorArguments());
    for (int sent = 0; sent < 500; ++sent)
        QCOMPARE(request(emulator.url() + QStringLiteral("/communities/") + websiteChat).status,
                 200);
    const Answer limited = request(emulator.url() + QStringLiteral("/communities"));
    verifyErrorBody(limited, 429, QStringLiteral("rate_limit_exceeded"));
    QVERIFY(limited.retryAfter.isEmpty());
    const QJsonObject stats = emulator.stats();
    QCOMPARE(stats.value(QStringLiteral("requests")).toInt(), 501);
    QCOMPARE(stats.value(QStringLiteral("rate_limited")).toInt(), 1);
}

void TestEngageEmulator::retryAfterIsSentWhenAsked()
{
    EmulatorProcess emulator(emulatorArguments(
        {QStringLiteral("--rate-limit"), QStringLiteral("1"), QStringLiteral("--rate-window-ms"),
         QStringLiteral("800"), QStringLiteral("--retry-after")}));
    QCOMPARE(request(emulator.url() + QStringLiteral("/communities")).status, 200);
    const Answer limited = request(emulator.url() + QStringLiteral("/communities"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.retryAfter, "1");
    // Once the window has passed, there is room again.
    QTest::qWait(900);
    QCOMPARE(request(emulator.url() + QStringLiteral("/communities")).status, 200);
}

void TestEngageEmulator::statsCountRequestsAndTheirPeakPerWindow()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--rate-limit"), QStringLiteral("3"),
                           QStringLiteral("--rate-window-ms"), QStringLiteral("1500")}));
    for (int sent = 0; sent < 5; ++sent)
        request(emulator.url() + QStringLiteral("/communities"));
    emulator.stats(); // statistics are not requests
    QJsonObject stats = emulator.stats();
    QCOMPARE(stats.value(QStringLiteral("requests")).toInt(), 5);
    QCOMPARE(stats.value(QStringLiteral("answered")).toInt(), 3);
    QCOMPARE(stats.value(QStringLiteral("rate_limited")).toInt(), 2);
    // The two refused requests arrived in the same window as the three let through.
    QCOMPARE(stats.value(QStringLiteral("peak_requests_per_window")).toInt(), 5);
    QTest::qWait(1600);
    request(emulator.url() + QStringLiteral("/communities"));
    stats = emulator.stats();
    QCOMPARE(stats.value(QStringLiteral("answered")).toInt(), 4);
    QCOMPARE(stats.value(QStringLiteral("peak_requests_per_window")).toInt(), 5);
}

void TestEngageEmulator::seedDataIsServed()
{
    const QString seed = m_dir.filePath(QStringLiteral("seed.json"));
    writeAll(seed, R"({"communities": [{"id": "c1", "name": "Seeded", "type": "messaging",
  "active": false, "created_at": "2024-01-01T00:00:00Z", "updated_at": "2024-01-02T00:00:00Z",
  "messaging_settings": {"signed_identities": "accept",
                         "extra_values_mapping": [{"key": "k", "field": "custom_field:loyalty"}]}}],
 "custom_fields": [{"id": "f1", "key": "loyalty", "label": "Loyalty", "type": "string",
                    "associated_type_name": "IdentityGroup"}],
 "identities": [{"id": "i1", "uuid": "u-1", "community_id": "c1", "screenname": "Kim",
                 "x_future_member": {"kept": [1, 2]}}],
 "identity_groups": [{"id": "g1", "custom_field_values": {"loyalty": "gold"}}],
 "content_sources": [{"id": "s1", "type": "EngageMessaging", "community_id": "c1",
                      "enable_web": true}]})");
    EmulatorProcess emulator(
        {QStringLiteral("--token"), QString::fromLatin1(token), QStringLiteral("--data"), seed});
    const QJsonArray communities = request(emulator.url() + QStringLiteral("/communities"))
                                       .json()
                                       .value(QStringLiteral("records"))
                                       .toArray();
    QCOMPARE(communities.size(), 1);
    QCOMPARE(communities[0].toObject().value(QStringLiteral("active")).toBool(), false);
    const Answer settings =
        request(emulator.url() + QStringLiteral("/communities/c1/messaging_settings"));
    QCOMPARE(settings.json().value(QStringLiteral("signed_identities")).toString(),
             QStringLiteral("accept"));
    QCOMPARE(settings.json().value(QStringLiteral("updated_at")).toString(),
             QStringLiteral("2024-01-02T00:00:00Z"));
    // Identities, groups and sources are served as the seed wrote them.
    QCOMPARE(request(emulator.url() + QStringLiteral("/identities/i1")).body,
             QByteArray(R"({"id":"i1","uuid":"u-1","community_id":"c1","screenname":"Kim",)"
                        R"("x_future_member":{"kept":[1,2]}})"));
    QCOMPARE(request(emulator.url() + QStringLiteral("/identity_groups")).records().size(), 1);
    QCOMPARE(idsOf(request(emulator.url() + QStringLiteral("/content_sources")).records()),
             QStringList{QStringLiteral("s1")});
}

void TestEngageEmulator::unusableSeedDataStopsWithAMessage()
{
    const QString seed = m_dir.filePath(QStringLiteral("bad-seed.json"));
    writeAll(seed, R"({"communities": [{"name": "no id"}]})");
    const Run result = runProgram(
        QStringLiteral(ENGAGE_EMULATOR_PATH),
        {QStringLiteral("--token"), QString::fromLatin1(token), QStringLiteral("--data"), seed});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("no string id and name"), result.err.constData());
    QVERIFY(result.out.isEmpty());
    writeAll(seed, R"({"identities": [{"uuid": "no id"}]})");
    const Run noId = runProgram(
        QStringLiteral(ENGAGE_EMULATOR_PATH),
        {QStringLiteral("--token"), QString::fromLatin1(token), QStringLiteral("--data"), seed});
    QCOMPARE(noId.exitCode, 2);
    QVERIFY2(noId.err.contains("\"identities\" must be an object with a string id"),
             noId.err.constData());
    QCOMPARE(runProgram(QStringLiteral(ENGAGE_EMULATOR_PATH), {}).exitCode, 2); // no --token
}

void TestEngageEmulator::badOptionValuesAreQuotedEscaped()
{
    const Run result = runProgram(QStringLiteral(ENGAGE_EMULATOR_PATH),
                                  {QStringLiteral("--token"), QString::fromLatin1(token),
                                   QStringLiteral("--latency-ms"), QStringLiteral("\x1b[2K\r")});
    QCOMPARE(result.exitCode, 2);
    const QByteArray quoted = R"(not "\u001b[2K\u000d".)";
    QVERIFY2(result.err.contains(quoted), result.err.constData());
}

void TestEngageEmulator::faultyOptionsExitWithUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("named"); // what the message must name
    const auto row = [](const char* name, const QStringList& arguments, const QByteArray& named) {
        QTest::newRow(name) << arguments << named;
    };
    row("fail-rate nan", {QStringLiteral("--fail-rate"), QStringLiteral("nan")}, "--fail-rate");
    row("fail-rate inf", {QStringLiteral("--fail-rate"), QStringLiteral("inf")}, "--fail-rate");
    row("fail-rate negative", {QStringLiteral("--fail-rate"), QStringLiteral("-0.1")},
        "--fail-rate");
    row("fail-rate above 1", {QStringLiteral("--fail-rate"), QStringLiteral("1.5")}, "--fail-rate");
    row("drop-rate nan", {QStringLiteral("--drop-rate"), QStringLiteral("NaN")}, "--drop-rate");
    row("latency inf", {QStringLiteral("--latency-ms"), QStringLiteral("inf")}, "--latency-ms");
    row("port not whole", {QStringLiteral("--port"), QStringLiteral("80.5")}, "--port");
    row("seed negative", {QStringLiteral("--seed"), QStringLiteral("-1")}, "--seed");
    row("no connections", {QStringLiteral("--max-connections"), QStringLiteral("0")},
        "--max-connections");
    row("timeout not a number", {QStringLiteral("--header-timeout-ms"), QStringLiteral("soon")},
        "--header-timeout-ms");
    row("budget nan", {QStringLiteral("--body-budget-mib"), QStringLiteral("nan")},
        "--body-budget-mib");
    row("missing value", {QStringLiteral("--fail-rate")}, "fail-rate");
    row("unknown option", {QStringLiteral("--fail-fast")}, "fail-fast");
    row("bad-token-status 402", {QStringLiteral("--bad-token-status"), QStringLiteral("402")},
        "--bad-token-status");
    row("rate window 0", {QStringLiteral("--rate-window-ms"), QStringLiteral("0")},
        "--rate-window-ms");
    row("lock-rate above 1", {QStringLiteral("--lock-rate"), QStringLiteral("2")}, "--lock-rate");
    row("count-cap negative", {QStringLiteral("--count-cap"), QStringLiteral("-5")}, "--count-cap");
    row("request log in a missing folder",
        {QStringLiteral("--request-log"), QStringLiteral("/nonexistent-folder/requests.jsonl")},
        "/nonexistent-folder/requests.jsonl");
    row("read-only token is the token",
        {QStringLiteral("--read-only-token"), QString::fromLatin1(token)}, "--read-only-token");
}

void TestEngageEmulator::faultyOptionsExitWithUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, named);
    const Run result =
        runProgram(QStringLiteral(ENGAGE_EMULATOR_PATH),
                   emulatorArguments() +
                       QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(named), result.err.constData());
    QVERIFY(result.out.isEmpty()); // never started listening
}

void TestEngageEmulator::helpDocumentsTheLimits()
{
    const Run result = runProgram(QStringLiteral(ENGAGE_EMULATOR_PATH), {QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char* option :
         {"--header-timeout-ms", "--idle-timeout-ms", "--max-connections", "--body-budget-mib",
          "--public-only", "--rate-limit", "--rate-window-ms", "--retry-after",
          "--bad-token-status", "--count-cap", "--lock-rate", "--request-log"})
        QVERIFY2(result.out.contains(option), option);
}

void TestEngageEmulator::halfOpenRequestIsAnswered408AndClosed()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--header-timeout-ms"), QStringLiteral("1000")}));
    RawConnection connection(emulator.port());
    QElapsedTimer clock;
    clock.start();
    connection.send("GET /1.0/communities HTTP/1.1\r\nHost: 127.0.0.1\r\n"); // no empty line
    const QByteArray answer = connection.readUntilClosed();
    QVERIFY2(answer.startsWith("HTTP/1.1 408 Request Timeout\r\n"), answer.constData());
    QVERIFY(!connection.isConnected());
    QVERIFY2(clock.elapsed() >= 900, qPrintable(QString::number(clock.elapsed())));
}

void TestEngageEmulator::slowlorisIsClosedByTheHeaderDeadline()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--header-timeout-ms"), QStringLiteral("1000")}));
    RawConnection connection(emulator.port());
    connection.send("GET /1.0/communities HTTP/1.1\r\nX-Slow: ");
    // A byte every 300 ms would keep a deadline that each byte moved from ever passing. Forty
    // bytes take 12 s: ample time for the 1 s deadline even on a slow machine.
    for (int sent = 0; sent < 40 && connection.isConnected(); ++sent) {
        connection.send("a");
        connection.waitForClosed(300);
    }
    const QByteArray answer = connection.readUntilClosed(0);
    QVERIFY(!connection.isConnected());
    QVERIFY2(answer.startsWith("HTTP/1.1 408 Request Timeout\r\n"), answer.constData());
}

void TestEngageEmulator::idleKeptAliveConnectionIsClosedQuietly()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--idle-timeout-ms"), QStringLiteral("1000")}));
    RawConnection connection(emulator.port());
    connection.send(listRequest());
    QVERIFY(connection.readAnswer().startsWith("HTTP/1.1 200 OK\r\n"));
    // No part of a next request arrived: nothing is owed, the connection just closes.
    QCOMPARE(connection.readUntilClosed(), QByteArray());
    QVERIFY(!connection.isConnected());
}

void TestEngageEmulator::bodyThatStopsArrivingIsAnswered408()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--idle-timeout-ms"), QStringLiteral("1000")}));
    RawConnection connection(emulator.port());
    connection.send(putHead(100) + QByteArray(10, 'x')); // then nothing: it holds its budget
    const QByteArray answer = connection.readUntilClosed();
    QVERIFY2(answer.startsWith("HTTP/1.1 408 Request Timeout\r\n"), answer.constData());
    QVERIFY(!connection.isConnected());
}

void TestEngageEmulator::connectionsPastTheCapGet503AndAreClosed()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--max-connections"), QStringLiteral("3")}));
    std::vector<std::unique_ptr<RawConnection>> served;
    for (int index = 0; index < 3; ++index) {
        served.push_back(std::make_unique<RawConnection>(emulator.port()));
        served.back()->send(listRequest());
        QVERIFY(served.back()->readAnswer().startsWith("HTTP/1.1 200 OK\r\n"));
    }
    RawConnection refused(emulator.port());
    const QByteArray answer = refused.readUntilClosed();
    QVERIFY2(answer.startsWith("HTTP/1.1 503 Service Unavailable\r\n"), answer.constData());
    QVERIFY(answer.contains("at most 3 connections"));
    QVERIFY(!refused.isConnected());
    for (const auto& connection : served) // the three are still served
        QVERIFY(connection->isConnected());

    served.erase(served.begin());
    // The emulator sees the close in its own time; then a new connection is served. (Not
    // QTRY_VERIFY: it would open connections again to check the result.)
    QByteArray answerAfterClose;
    for (int attempt = 0; attempt < 200 && !answerAfterClose.startsWith("HTTP/1.1 200 OK\r\n");
         ++attempt) {
        if (attempt > 0)
            QTest::qWait(100);
        RawConnection next(emulator.port());
        next.send(listRequest());
        answerAfterClose = next.readAnswer();
    }
    QVERIFY2(answerAfterClose.startsWith("HTTP/1.1 200 OK\r\n"), answerAfterClose.constData());
}

void TestEngageEmulator::bodiesPastTheBudgetAreRefused()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--body-budget-mib"), QStringLiteral("1")}));
    const qint64 large = 700 * 1000; // one fits in 1 MiB, two do not
    RawConnection first(emulator.port());
    first.send(putHead(large) + QByteArray(1000, 'x'));
    // A whole request on another connection: once it is answered, the emulator has read the
    // first head too.
    RawConnection other(emulator.port());
    other.send(listRequest());
    QVERIFY(other.readAnswer().startsWith("HTTP/1.1 200 OK\r\n"));

    RawConnection second(emulator.port());
    second.send(putHead(large) + QByteArray(1000, 'x'));
    QByteArray answer = second.readUntilClosed();
    QVERIFY2(answer.startsWith("HTTP/1.1 503 Service Unavailable\r\n"), answer.constData());
    QVERIFY(!second.isConnected());

    // The first body is not harmed; once it is answered (without If-Match: 428), its room is
    // free again.
    first.send(QByteArray(large - 1000, 'x'));
    QVERIFY(first.readAnswer().startsWith("HTTP/1.1 428 Precondition Required\r\n"));
    RawConnection third(emulator.port());
    third.send(putHead(large) + QByteArray(large, 'x'));
    QVERIFY(third.readAnswer().startsWith("HTTP/1.1 428 Precondition Required\r\n"));

    // A body larger than the whole budget could never be taken.
    RawConnection tooLarge(emulator.port());
    tooLarge.send(putHead(2 * 1024 * 1024));
    answer = tooLarge.readUntilClosed();
    QVERIFY2(answer.startsWith("HTTP/1.1 413 Content Too Large\r\n"), answer.constData());
}

void TestEngageEmulator::bareLineFeedsEndLines()
{
    EmulatorProcess emulator(emulatorArguments());
    RawConnection connection(emulator.port());
    connection.send("GET /1.0/communities HTTP/1.1\nHost: 127.0.0.1\nAuthorization: Bearer " +
                    token + "\nConnection: close\n\n");
    const QByteArray answer = connection.readUntilClosed();
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
    QVERIFY(answer.contains("\"records\""));
}

void TestEngageEmulator::tlsClientHelloOnThePlainPortIs400()
{
    EmulatorProcess emulator(emulatorArguments());
    RawConnection connection(emulator.port());
    // The start of a TLS 1.2 ClientHello: a handshake record, then the hello's header.
    connection.send(QByteArray::fromHex("16030100c4010000c00303") + QByteArray(32, '\x5a'));
    const QByteArray answer = connection.readUntilClosed();
    QVERIFY2(answer.startsWith("HTTP/1.1 400 Bad Request\r\n"), answer.constData());
    QVERIFY(!connection.isConnected());
}

void TestEngageEmulator::ambiguousFramingIs400_data()
{
    QTest::addColumn<QByteArray>("framing");
    QTest::addColumn<QByteArray>("statusLine");
    const QByteArray badRequest = "HTTP/1.1 400 Bad Request\r\n";
    QTest::newRow("two Content-Length headers")
        << QByteArray("Content-Length: 2\r\nContent-Length: 7\r\n") << badRequest;
    QTest::newRow("a list of two lengths") << QByteArray("Content-Length: 2, 7\r\n") << badRequest;
    QTest::newRow("a signed length") << QByteArray("Content-Length: +2\r\n") << badRequest;
    QTest::newRow("Content-Length with Transfer-Encoding")
        << QByteArray("Content-Length: 2\r\nTransfer-Encoding: chunked\r\n") << badRequest;
    QTest::newRow("a space before the colon") << QByteArray("Content-Length : 2\r\n") << badRequest;
    QTest::newRow("Transfer-Encoding alone") << QByteArray("Transfer-Encoding: chunked\r\n")
                                             << QByteArray("HTTP/1.1 411 Length Required\r\n");
    // Values that agree are one length (RFC 9112 §6.3): the request goes on to the API.
    QTest::newRow("the same length twice")
        << QByteArray("Content-Length: 2\r\nContent-Length: 2, 2\r\n")
        << QByteArray("HTTP/1.1 428 Precondition Required\r\n");
}

void TestEngageEmulator::ambiguousFramingIs400()
{
    QFETCH(QByteArray, framing);
    QFETCH(QByteArray, statusLine);
    EmulatorProcess emulator(emulatorArguments());
    RawConnection connection(emulator.port());
    connection.send("PUT " + settingsPath +
                    " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
                    "\r\nConnection: close\r\n" + framing + "\r\n{}");
    const QByteArray answer = connection.readUntilClosed();
    QVERIFY2(answer.startsWith(statusLine), answer.constData());
    QVERIFY(!connection.isConnected());
}

void TestEngageEmulator::oversizedHeadIs431BeforeAuthentication()
{
    EmulatorProcess emulator(emulatorArguments());
    RawConnection connection(emulator.port());
    // Without a token: the head's size is judged before anything in it.
    connection.send("GET /1.0/communities HTTP/1.1\r\nX-Pad: " + QByteArray(70000, 'p') +
                    "\r\n\r\n");
    const QByteArray answer = connection.readUntilClosed();
    QVERIFY2(answer.startsWith("HTTP/1.1 431 Request Header Fields Too Large\r\n"),
             answer.left(200).constData());
    QVERIFY(!connection.isConnected());
}

void TestEngageEmulator::statsCountInjectedFaults()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--fail-rate"), QStringLiteral("1")}));
    for (int sent = 0; sent < 3; ++sent)
        QCOMPARE(request(emulator.url() + QStringLiteral("/communities")).status, 503);
    // The stats themselves are never faulted and need no token.
    const QJsonObject stats = emulator.stats();
    QCOMPARE(stats.value(QStringLiteral("unavailable")).toInt(), 3);
    QCOMPARE(stats.value(QStringLiteral("requests")).toInt(), 3);
    QCOMPARE(stats.value(QStringLiteral("answered")).toInt(), 0);
    QCOMPARE(stats.value(QStringLiteral("rate_limited")).toInt(), 0);
    QCOMPARE(stats.value(QStringLiteral("dropped")).toInt(), 0);
}

// A byte of body every 300 ms keeps the connection from ever being idle: only a deadline on the
// whole request cuts it off.
void TestEngageEmulator::bodyTrickledPastTheRequestDeadlineIs408()
{
    EmulatorProcess emulator(
        emulatorArguments({QStringLiteral("--request-timeout-ms"), QStringLiteral("1000")}));
    RawConnection connection(emulator.port());
    connection.send(putHead(100));
    for (int sent = 0; sent < 40 && connection.isConnected(); ++sent) {
        connection.send("x");
        connection.waitForClosed(300);
    }
    const QByteArray answer = connection.readUntilClosed();
    QVERIFY2(answer.startsWith("HTTP/1.1 408 Request Timeout\r\n"), answer.constData());
    QVERIFY(!connection.isConnected());
}

void TestEngageEmulator::hostHeaderIsRequiredOnceInHttp11_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("refused");
    const QByteArray authorization = "Authorization: Bearer " + token + "\r\n";
    QTest::newRow("HTTP/1.1 without Host")
        << QByteArray("GET /1.0/communities HTTP/1.1\r\n" + authorization + "\r\n") << true;
    QTest::newRow("two Host headers")
        << QByteArray("GET /1.0/communities HTTP/1.1\r\nHost: a\r\nHost: b\r\n" + authorization +
                      "\r\n")
        << true;
    QTest::newRow("HTTP/1.0 without Host")
        << QByteArray("GET /1.0/communities HTTP/1.0\r\n" + authorization + "\r\n") << false;
}

// RFC 9112 §3.2: which host is meant must not be left to each parser's guess.
void TestEngageEmulator::hostHeaderIsRequiredOnceInHttp11()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, refused);
    EmulatorProcess emulator(emulatorArguments());
    RawConnection connection(emulator.port());
    connection.send(head);
    const QByteArray answer = connection.readUntilClosed();
    QVERIFY2(answer.startsWith(refused ? "HTTP/1.1 400 Bad Request\r\n" : "HTTP/1.1 200 OK\r\n"),
             answer.left(200).constData());
}

void TestEngageEmulator::expectContinueGetsAHundredBeforeTheBody()
{
    EmulatorProcess emulator(emulatorArguments());
    RawConnection connection(emulator.port());
    const QByteArray body = R"({"signed_identities": "require"})";
    QByteArray head = putHead(body.size());
    head.insert(head.size() - 2, "Expect: 100-continue\r\n");
    connection.send(head);
    const QByteArray interim = connection.readThrough("\r\n\r\n");
    QCOMPARE(interim, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
    connection.send(body);
    const QByteArray answer = connection.readAnswer();
    QVERIFY2(answer.startsWith("HTTP/1.1 428 ") || answer.startsWith("HTTP/1.1 200 "),
             answer.left(200).constData());
}

QTEST_GUILESS_MAIN(TestEngageEmulator)
#include "test_engage_emulator.moc"
