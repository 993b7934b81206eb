"""Report writers: indicator tables, Excel workbooks and printable PDFs, as functions of data."""
