print("stayform")
