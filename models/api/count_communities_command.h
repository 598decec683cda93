#pragma once

#include "api/api_command.h"

namespace engage {

// GET /communities?offset=0&limit=1: one request that proves the token works and says how many
// communities it can see, without listing them. What Connect asks before saying "Connected".
class CountCommunitiesCommand final : public ApiCommand
{
    Q_OBJECT

public:
    explicit CountCommunitiesCommand(ApiClient& client, QObject* parent = nullptr);

    // After success: the server's count, and whether it said it capped it ("count_capped"):
    // then there are at least that many.
    qint64 count() const { return m_count; }
    bool isCountCapped() const { return m_countCapped; }

private:
    void run() override;

    qint64 m_count = 0;
    bool m_countCapped = false;
};

} // namespace engage
