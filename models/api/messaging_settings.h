#pragma once

#include "api/api_error.h"
#include "api/api_records.h"
#include "config/community_config.h"
#include "config/diagnostic.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace engage {

// A community's messaging settings as the server holds them (docs/api.md).
struct RemoteSettings
{
    // signed_identities, extra_values_mapping and jwt_keys; no community, no catalogue.
    CommunityConfig settings;
    QString etag; // as the server sent it, quotes included: what a push sends in If-Match
    QString updatedAt;
};

// Between the admin API's messaging_settings and a configuration: the body is read and
// written by the configuration reader and writer (config/), so that each member has one
// reader and one writer; this adds what only the API has.
class MessagingSettings
{
    Q_DECLARE_TR_FUNCTIONS(engage::MessagingSettings)

public:
    struct ReadResult
    {
        std::optional<RemoteSettings> remote;
        std::optional<ApiError> error; // BadResponse when the body is not settings
    };

    // A GET or PUT answer's body and ETag. Members of a wrong JSON type make it a BadResponse;
    // values that break a rule do not (the settings are shown as they are, to be fixed).
    static ReadResult readAnswer(QByteArrayView body, const QString& etag);

    // `base` with its signed identities, mapping and keys replaced by those of `settings`:
    // its community and its catalogue stay.
    static CommunityConfig applied(CommunityConfig base, const CommunityConfig& settings);

    // The same rules as a configuration file, with the server's catalogue: what a PUT must
    // pass. Diagnostics about the catalogue itself are left out (it is not part of the PUT).
    static Diagnostics validate(const CommunityConfig& settings,
                                const QList<CustomField>& catalogue);

    // The catalogue of a configuration: the Identity Group fields, in server order.
    static QList<CustomField> catalogueOf(const QList<CustomFieldRecord>& records);
};

} // namespace engage
