"""Printable PDFs (reportlab, bundled Noto fonts): official header, recovery sheet, attendance sheet."""
