"""The brief builder: options, live preview, export and print."""
