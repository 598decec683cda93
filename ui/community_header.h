#pragma once

#include <QWidget>

class QLineEdit;

namespace engage {

class ConfigDocument;

// The community the configuration belongs to: its name, ID and admin API server.
class CommunityHeader : public QWidget
{
    Q_OBJECT

public:
    explicit CommunityHeader(ConfigDocument* document, QWidget* parent = nullptr);

private:
    void showCommunity();

    ConfigDocument* m_document;
    QLineEdit* m_name;
    QLineEdit* m_id;
    QLineEdit* m_server;
};

} // namespace engage
