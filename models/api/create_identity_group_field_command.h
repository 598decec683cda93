#pragma once

#include "api/api_command.h"
#include "api/api_records.h"

#include <QString>

namespace engage {

// POST /custom_fields?associated_type_name=IdentityGroup&label=L&key=K&type=T: a new Identity
// Group custom field (docs/api.md). Sent once, never retried: a repeat could create it twice.
// The API takes no regex; a field's regex is set in the admin console.
class CreateIdentityGroupFieldCommand final : public ApiCommand
{
    Q_OBJECT

public:
    // An empty type leaves the server's default ("string").
    CreateIdentityGroupFieldCommand(ApiClient& client, const QString& key, const QString& label,
                                    const QString& type, QObject* parent = nullptr);
    // After success: the field as the server created it.
    const CustomFieldRecord& created() const { return m_created; }

private:
    void run() override;

    QString m_key;
    QString m_label;
    QString m_type;
    CustomFieldRecord m_created;
};

} // namespace engage
