#pragma once

#include "api/api_command.h"
#include "json/json_value.h"

#include <QString>

#include <optional>

namespace engage {

// GET of one record of the public API (/communities/{id}, /identity_groups/{id}): the answer
// must be one JSON object, which the subclass converts.
class FetchRecordCommand : public ApiCommand
{
    Q_OBJECT

protected:
    FetchRecordCommand(ApiClient& client, const QString& path, QObject* parent);

    // Converts the record; false when it is malformed (the command then fails saying so).
    virtual bool readRecord(const JsonValue& record) = 0;
    // What the record is, for that message: "the community", "the identity group".
    virtual QString recordName() const = 0;

private:
    void run() override;

    QString m_path;
};

} // namespace engage
