using System.Text;

namespace Warehouse.Reports.Rendering;

/// <summary>Accumulates the words of the current line, merging neighbours of the same weight into one run.</summary>
internal sealed class TextLineBuilder
{
    private readonly List<TextRun> runs = [];
    private readonly StringBuilder current = new();
    private bool currentBold;
    private float currentOffset;
    private float width;
    private float pendingSpace;
    private bool pendingBold;

    public bool IsEmpty => runs.Count == 0 && current.Length == 0;

    public float WidthWithPending => width + (IsEmpty ? 0 : pendingSpace);

    public void PendingSpace(bool bold, float spaceWidth)
    {
        if (!IsEmpty)
        {
            pendingSpace += spaceWidth;
            pendingBold = bold;
        }
    }

    public void Append(string word, bool bold, float wordWidth)
    {
        if (!IsEmpty && pendingSpace > 0)
        {
            if (bold != currentBold && pendingBold == bold)
            {
                StartRun(bold); // the space belongs to the new run: " depuis"
            }
            current.Append(' ');
            width += pendingSpace;
        }
        if (current.Length == 0 || bold != currentBold)
        {
            StartRun(bold);
        }
        current.Append(word);
        width += wordWidth;
        pendingSpace = 0;
    }

    private void StartRun(bool bold)
    {
        if (current.Length > 0)
        {
            runs.Add(new TextRun(current.ToString(), currentBold, currentOffset));
            current.Clear();
        }
        currentBold = bold;
        currentOffset = width;
    }

    public TextLine Finish()
    {
        if (current.Length > 0)
        {
            runs.Add(new TextRun(current.ToString(), currentBold, currentOffset));
        }
        var line = runs.Count == 0 ? TextLine.Empty : new TextLine([.. runs], width);
        runs.Clear();
        current.Clear();
        width = 0;
        pendingSpace = 0;
        return line;
    }
}
