#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace engage {

// What a window shows when engage-admin starts without a file: the recent files, the bundled
// examples, New and Pull from a server, all reached by keyboard (Tab, the arrows, Return).
// It only asks; the window opens what was chosen.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget* parent = nullptr);

    // Lists the recent files again (the list changes while windows open files) and focuses
    // the first thing to choose.
    void refresh();

signals:
    void newRequested();
    void openRequested();
    void pullRequested();
    void recentFileChosen(const QString& path);
    // `resource` is the example's path in the application's resources (":/examples/...").
    void exampleChosen(const QString& resource);

private:
    void chooseRecentFile(const QListWidgetItem* item);
    void chooseExample(const QListWidgetItem* item);

    QListWidget* m_recentFiles;
    QLabel* m_noRecentFile;
    QListWidget* m_examples;
};

} // namespace engage
