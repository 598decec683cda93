#pragma once

#include "api/api_records.h"
#include "config/community_config.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace engage {

// docs/api.md catalogue: a configuration's custom fields catalogue brought up to date with the
// server's Identity Group custom fields. The server is the authority on which fields exist and
// their labels and types; it knows no regex (docs/api.md), so each field keeps the file's regex.
// Everything else in the configuration stays as it is.
struct CatalogueRefresh
{
    struct Relabelled
    {
        QString key;
        QString before;
        QString after;
    };

    CommunityConfig config; // the configuration with its refreshed catalogue
    QList<CustomField> added;
    QList<CustomField> removed; // with the regex they had, which existed nowhere else
    // Not listed by a server whose list skipped a malformed record: kept (pulledOver).
    QList<CustomField> kept;
    QList<Relabelled> relabelled;
    QList<Relabelled> retyped; // the same, for the type
    // The custom fields the mapping names that the server lacks, in mapping order, once each:
    // identities cannot be written there until the field is created (create-custom-field).
    QStringList mappedButMissing;

    bool changesNothing() const
    {
        return added.isEmpty() && removed.isEmpty() && relabelled.isEmpty() && retyped.isEmpty();
    }

    // `records` is every custom field of the server, of every kind; `listWhole` is false when
    // the list skipped a malformed record (PagedListCommand::skippedRecords()).
    static CatalogueRefresh of(const CommunityConfig& config,
                               const QList<CustomFieldRecord>& records, bool listWhole);
};

} // namespace engage
