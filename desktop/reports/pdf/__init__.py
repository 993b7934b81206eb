"""Printable PDFs (reportlab, bundled Liberation Serif and Noto Sans): official header, recovery sheet, attendance sheet."""
