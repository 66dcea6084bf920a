"""Official documents as files: Decree 30/2020 .docx, .xlsx annexes and PDF.

Plain functions from data to bytes, so that every report writes the same layout and a view only
adds the download header.
"""
