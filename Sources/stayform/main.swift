FormsCommand.main()
